using Microsoft.Extensions.DependencyInjection;
using SharpStack.Image.Application.Images;

namespace SharpStack.Image.Tests.Images;

/// <summary>The API server with a <see cref="RecordingDeletionHandler"/> registered.</summary>
public sealed class DeletionHandlerServer : ImageApiServer
{
    internal RecordingDeletionHandler Handler { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IImageDeletionHandler>(Handler);
}
