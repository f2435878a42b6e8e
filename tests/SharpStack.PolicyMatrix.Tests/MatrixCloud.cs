using SharpStack.Identity.Application;
using SharpStack.Image;
using SharpStack.Testing.Identity;
using SharpStack.Testing.Personas;
using SharpStack.Testing.Services;

namespace SharpStack.PolicyMatrix.Tests;

/// <summary>
/// The cloud one policy mode runs on: a real Identity with every persona, and the Image service validating those
/// personas' tokens against it, both with the mode's settings.
/// </summary>
public sealed class MatrixCloud : IAsyncDisposable
{
    /// <summary>Two file stores, so that a copy of an image can be removed from one of them.</summary>
    private static readonly KeyValuePair<string, string?>[] ImageSettings =
    [
        new("DEFAULT:enabled_backends", "fast:file,cheap:file"),
        new("glance_store:default_backend", "fast"),
    ];

    private readonly ModePersonaCloud _personas;
    private ServiceApiHost? _image;

    private MatrixCloud(IReadOnlyList<KeyValuePair<string, string?>> settings) => _personas = new ModePersonaCloud(settings);

    public PersonaDirectory Personas => _personas.Personas;

    public IdentityServer Identity => _personas.Identity;

    public ServiceApiHost Image => _image ?? throw new InvalidOperationException("The matrix cloud has not started.");

    public static async Task<MatrixCloud> StartAsync(IReadOnlyList<KeyValuePair<string, string?>> settings)
    {
        var cloud = new MatrixCloud(settings);
        try
        {
            await cloud._personas.InitializeAsync();
            cloud._image = await ServiceApiHost.StartAsync(new ServiceApiHostOptions
            {
                Name = "image",
                AddService = builder => builder.AddImage(),
                MapApi = app => app.MapImageApi(),
                Settings = [.. ImageSettings, .. cloud.Identity.AuthTokenSettings(), .. settings],
            });
            await cloud.Identity.AddToCatalogAsync(new CatalogService("image", "glance", cloud._image.BaseUri.ToString().TrimEnd('/')));
            return cloud;
        }
        catch
        {
            await cloud.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_image is not null)
        {
            await _image.DisposeAsync();
        }

        await _personas.DisposeAsync();
    }

    private sealed class ModePersonaCloud(IReadOnlyList<KeyValuePair<string, string?>> settings) : PersonaCloud
    {
        protected override IdentityServerOptions Options() => new() { Settings = settings };
    }
}
