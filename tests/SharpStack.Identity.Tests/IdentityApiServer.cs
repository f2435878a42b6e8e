using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SharpStack.Data;
using SharpStack.Identity.Application;

namespace SharpStack.Identity.Tests;

/// <summary>
/// The Identity API on a real Kestrel host on 127.0.0.1, over a fresh SQLite database that is migrated and
/// bootstrapped (admin / <see cref="AdminPassword"/>, with a catalog entry for this Identity).
/// </summary>
public class IdentityApiServer : IAsyncLifetime
{
    public const string AdminPassword = "secret";

    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("sharpstack-identity");
    private WebApplication? _app;

    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    public HttpClient Client { get; private set; } = new();

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(Settings());
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddIdentity();
        ConfigureServices(builder.Services);
        _app = builder.Build();
        _app.MapIdentityApi();

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }

        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseUri = new Uri(address.TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseUri };

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var catalog = new List<CatalogService> { new("identity", "keystone", new Uri(BaseUri, "v3").ToString()) };
            await scope.ServiceProvider.GetRequiredService<IIdentityBootstrapper>()
                .BootstrapAsync(new BootstrapRequest(AdminPassword, "RegionOne", catalog, []), CancellationToken.None);
        }
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
        _dataDirectory.Delete(recursive: true);
    }

    /// <summary>Lets a derived fixture replace services, before the application is built.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("database:data_dir", _dataDirectory.FullName),
    ];
}
