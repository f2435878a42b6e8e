using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SharpStack.Image.Tests.Import;

/// <summary>A web server on 127.0.0.1 that serves fixed bytes at <c>/image</c>, as the source of a web-download import.</summary>
internal sealed class LocalHttpSource : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalHttpSource(WebApplication app, Uri imageUri)
    {
        _app = app;
        ImageUri = imageUri;
    }

    public Uri ImageUri { get; }

    public static async Task<LocalHttpSource> StartAsync(byte[] data)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapGet("/image", () => Results.Bytes(data, "application/octet-stream"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new LocalHttpSource(app, new Uri(address.TrimEnd('/') + "/image"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
