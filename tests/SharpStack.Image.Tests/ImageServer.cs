using Microsoft.AspNetCore.Builder;
using SharpStack.Testing.Services;

namespace SharpStack.Image.Tests;

/// <summary>
/// The Image API on Kestrel over a fresh database and data folder, validating the personas' real tokens with a real
/// Identity; a variant overrides <see cref="ServiceOverIdentity.Settings"/> or <see cref="ServiceOverIdentity.ConfigureServices"/>.
/// </summary>
public class ImageServer : ServiceOverIdentity
{
    protected override string Name => "image";

    protected override void AddService(WebApplicationBuilder builder) => builder.AddImage();

    protected override void MapApi(WebApplication app) => app.MapImageApi();
}
