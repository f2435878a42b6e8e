using Microsoft.Extensions.DependencyInjection;
using SharpStack.Identity;
using SharpStack.Identity.Application;
using SharpStack.Testing.Services;

namespace SharpStack.Testing.Identity;

/// <summary>
/// A real Identity (Keystone v3) on Kestrel over its own fresh database, bootstrapped as <c>sharpstack bootstrap</c> does:
/// <c>admin</c> / <see cref="AdminPassword"/>, the service user <see cref="ServiceUserName"/> / <see cref="ServicePassword"/>
/// in project <c>service</c>, and a catalog that lists this Identity; other services join it with <see cref="AddToCatalogAsync"/>.
/// </summary>
public sealed class IdentityServer : IAsyncDisposable
{
    public const string AdminPassword = "secret";
    public const string ServiceUserName = "sharpstack";
    public const string ServicePassword = "service-secret";
    public const string RegionName = "RegionOne";

    /// <summary>bcrypt's least cost: test passwords need no strength, and every persona hashes one.</summary>
    private const string TestPasswordHashRounds = "4";

    private readonly List<CatalogService> _catalog = [];

    private IdentityServer(ServiceApiHost host) => Host = host;

    public ServiceApiHost Host { get; }

    public Uri BaseUri => Host.BaseUri;

    /// <summary>The <c>/v3</c> endpoint, as the catalog and <c>[keystone_authtoken] auth_url</c> name it.</summary>
    public Uri V3Uri => Host.Url("v3");

    public HttpClient Client => Host.Client;

    public IServiceProvider Services => Host.Services;

    public static async Task<IdentityServer> StartAsync(IdentityServerOptions? options = null)
    {
        options ??= new IdentityServerOptions();
        var host = await ServiceApiHost.StartAsync(new ServiceApiHostOptions
        {
            Name = "identity",
            AddService = builder => builder.AddIdentity(),
            MapApi = app => app.MapIdentityApi(),
            Settings = [new("identity:password_hash_rounds", TestPasswordHashRounds), .. options.Settings],
            ConfigureServices = options.ConfigureServices,
            Database = options.Database,
        });
        var server = new IdentityServer(host);
        try
        {
            await server.AddToCatalogAsync(new CatalogService("identity", "keystone", server.V3Uri.ToString()));
            return server;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Bootstraps again with <paramref name="service"/> in the catalog (idempotent, as <c>keystone-manage bootstrap</c>).</summary>
    public async Task AddToCatalogAsync(CatalogService service)
    {
        _catalog.Add(service);
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IIdentityBootstrapper>().BootstrapAsync(
            new BootstrapRequest(AdminPassword, RegionName, [.. _catalog], [new ServiceUser(ServiceUserName, ServicePassword)]),
            CancellationToken.None);
    }

    /// <summary>
    /// The <c>[keystone_authtoken]</c> settings with which another service validates tokens against this Identity as
    /// the service user.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string?>> AuthTokenSettings() =>
    [
        new("keystone_authtoken:auth_url", V3Uri.ToString()),
        new("keystone_authtoken:username", ServiceUserName),
        new("keystone_authtoken:password", ServicePassword),
        new("keystone_authtoken:project_name", ServiceUser.ProjectName),
    ];

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
