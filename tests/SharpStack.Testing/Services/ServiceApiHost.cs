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
using SharpStack.Hosting.Faults;
using SharpStack.Testing.Databases;

namespace SharpStack.Testing.Services;

/// <summary>One service's API on a real Kestrel host on 127.0.0.1 (a free port), over its real, freshly migrated database.</summary>
public sealed class ServiceApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestDatabase _database;

    private ServiceApiHost(WebApplication app, TestDatabase database, DirectoryInfo dataDirectory, Uri baseUri)
    {
        _app = app;
        _database = database;
        DataDirectory = dataDirectory;
        BaseUri = baseUri;
        Client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(5) };
    }

    /// <summary>The root of the API, ending in a slash.</summary>
    public Uri BaseUri { get; }

    /// <summary>A client whose base address is <see cref="BaseUri"/>.</summary>
    public HttpClient Client { get; }

    /// <summary>The service's folder: its SQLite files and any data it stores; deleted on dispose.</summary>
    public DirectoryInfo DataDirectory { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ServiceApiHost> StartAsync(ServiceApiHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dataDirectory = Directory.CreateTempSubdirectory($"sharpstack-{options.Name}");
        var database = TestDatabase.Create(options.Database, dataDirectory);
        try
        {
            var app = Build(options, database, dataDirectory);
            try
            {
                if (options.Migrate)
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
                }

                await app.StartAsync();
                var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
                return new ServiceApiHost(app, database, dataDirectory, new Uri(address.TrimEnd('/') + "/"));
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }
        }
        catch
        {
            await database.DisposeAsync();
            dataDirectory.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>A path relative to <see cref="BaseUri"/> as an absolute URL.</summary>
    public Uri Url(string relativePath) => new(BaseUri, relativePath.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        DataDirectory.Delete(recursive: true);
    }

    private static WebApplication Build(ServiceApiHostOptions options, TestDatabase database, DirectoryInfo dataDirectory)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection([new("database:data_dir", dataDirectory.FullName)]);
        builder.Configuration.AddInMemoryCollection(database.Settings);
        builder.Configuration.AddInMemoryCollection(LastWins(options.Settings));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenSharpStack(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        options.AddService(builder);
        options.ConfigureServices?.Invoke(builder.Services);
        var app = builder.Build();
        options.MapApi(app);
        return app;
    }

    /// <summary>Later settings of a key override earlier ones, as a derived fixture's settings override its base's.</summary>
    private static Dictionary<string, string?> LastWins(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var merged = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in settings)
        {
            merged[key] = value;
        }

        return merged;
    }
}
