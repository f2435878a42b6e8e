using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SharpStack.Common.Auth;
using SharpStack.Data;
using SharpStack.Hosting.Auth;
using SharpStack.Image.Tests.Support;

namespace SharpStack.Image.Tests;

/// <summary>
/// The Image API on a real Kestrel host on 127.0.0.1 over a fresh SQLite database and data folder, with fixed
/// tokens for each <see cref="ImagePersona"/> in place of Identity.
/// </summary>
public class ImageApiServer : IAsyncLifetime
{
    public const string AdminProjectId = "0d3ab0c1a1f04e6d9ad3f0e3d1c0a001";
    public const string ProjectAId = "5c2f1b0e0c7d4f4e8a0b1f2e3d4c5a0a";
    public const string ProjectBId = "6d3f2c1f1d8e4a5f9b1c2a3f4e5d6b0b";
    public const string ProjectCId = "7e4a3d2a2e9f4b6a8c2d3b4a5f6e7c0c";

    private readonly FakeTokenValidator _validator = new();
    private WebApplication? _app;

    public DirectoryInfo DataDirectory { get; } = Directory.CreateTempSubdirectory("sharpstack-image");

    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    public HttpClient Client { get; private set; } = new();

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The server has not started.");

    public static string Token(ImagePersona persona) => $"token-{persona}";

    public static string ProjectOf(ImagePersona persona) => persona switch
    {
        ImagePersona.Admin => AdminProjectId,
        ImagePersona.MemberA or ImagePersona.ReaderA => ProjectAId,
        ImagePersona.MemberB => ProjectBId,
        _ => ProjectCId,
    };

    public async Task InitializeAsync()
    {
        AddPersonas();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(Settings());
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddImage();
        builder.Services.Replace(ServiceDescriptor.Singleton<ITokenValidator>(_validator));
        ConfigureServices(builder.Services);
        _app = builder.Build();
        _app.MapImageApi();

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }

        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseUri = new Uri(address.TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromMinutes(5) };
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        DataDirectory.Delete(recursive: true);
    }

    /// <summary>Lets a derived fixture replace services, before the application is built.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>The configuration; a derived fixture may add to it (e.g. <c>image_size_cap</c>).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("database:data_dir", DataDirectory.FullName),
        new("keystone_authtoken:auth_url", "http://127.0.0.1:9/"),
    ];

    private void AddPersonas()
    {
        Add(ImagePersona.Admin, ["admin", "member", "reader"]);
        Add(ImagePersona.MemberA, ["member", "reader"]);
        Add(ImagePersona.ReaderA, ["reader"]);
        Add(ImagePersona.MemberB, ["member", "reader"]);
        Add(ImagePersona.MemberC, ["member", "reader"]);
    }

    private void Add(ImagePersona persona, string[] roles) => _validator.Add(new AuthContext
    {
        Token = Token(persona),
        ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
        UserId = $"user-{persona}".ToLowerInvariant(),
        UserDomainId = "default",
        ProjectId = ProjectOf(persona),
        ProjectDomainId = "default",
        Roles = roles,
    });
}
