using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Testing.Databases;
using SharpStack.Testing.Identity;
using SharpStack.Testing.Personas;

namespace SharpStack.Testing.Services;

/// <summary>
/// An xunit fixture: one service's API on <see cref="ServiceApiHost"/> whose <c>[keystone_authtoken]</c> points at a real
/// Identity with every <see cref="Persona"/>, so that its tests send real tokens. The Identity is the test process's shared
/// one (<see cref="PersonaCloud.SharedAsync"/>) unless <see cref="OwnIdentity"/> asks for one of its own, stopped with the
/// service. With a <see cref="CatalogType"/> the service is listed in Identity's catalog under a name of its own
/// (<see cref="CatalogName"/>), so that state Identity keeps per service, such as unified limits, is this fixture's alone
/// even in the shared Identity.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public abstract class ServiceOverIdentity : IAsyncLifetime
{
    private PersonaCloud? _cloud;
    private ServiceApiHost? _host;
    private DirectoryInfo? _configDirectory;
    private Socket? _stoppedIdentityPort;
    private string? _catalogName;

    public PersonaCloud Cloud => _cloud ?? throw NotStarted();

    public ServiceApiHost Host => _host ?? throw NotStarted();

    public PersonaDirectory Personas => Cloud.Personas;

    public PersonaTargets Targets => Cloud.Targets;

    public HttpClient Client => Host.Client;

    public Uri BaseUri => Host.BaseUri;

    public IServiceProvider Services => Host.Services;

    /// <summary>The service's folder (its SQLite files and stored data).</summary>
    public DirectoryInfo DataDirectory => Host.DataDirectory;

    /// <summary>The service's name in Identity's catalog, unique to this fixture.</summary>
    public string CatalogName => _catalogName ??= $"{Name}-{Guid.NewGuid():N}";

    /// <summary>The id of the service in Identity's catalog; null without a <see cref="CatalogType"/>.</summary>
    public string? CatalogServiceId { get; private set; }

    /// <summary>The service's name, used for its temporary folder.</summary>
    protected abstract string Name { get; }

    /// <summary>The catalog type to list the service under (for example <c>image</c>); null for not at all.</summary>
    protected virtual string? CatalogType => null;

    /// <summary>Whether this fixture starts an Identity of its own (for Identity state of its own, such as unified limits).</summary>
    protected virtual bool OwnIdentity => false;

    protected virtual TestDatabaseKind Database => TestDatabaseKind.Sqlite;

    /// <summary>A folder for files the settings name (a policy file), deleted with the fixture.</summary>
    protected DirectoryInfo ConfigDirectory => _configDirectory ??= Directory.CreateTempSubdirectory($"sharpstack-{Name}-config");

    public Task<string> TokenAsync(Persona persona) => Cloud.TokenAsync(persona);

    /// <summary>The project of a project-scoped persona.</summary>
    public string ProjectOf(Persona persona) =>
        Personas.Account(persona).ProjectId ?? throw new ArgumentException($"{persona} is not project-scoped.", nameof(persona));

    /// <summary>A path relative to the service's root as an absolute URL.</summary>
    public Uri Url(string relativePath) => Host.Url(relativePath);

    public async Task InitializeAsync()
    {
        _cloud = OwnIdentity ? await StartOwnCloudAsync() : await PersonaCloud.SharedAsync();
        _host = await ServiceApiHost.StartAsync(new ServiceApiHostOptions
        {
            Name = Name,
            AddService = AddService,
            MapApi = MapApi,
            Settings = [.. _cloud.Identity.AuthTokenSettings(), .. Settings()],
            ConfigureServices = ConfigureServices,
            Database = Database,
        });
        if (CatalogType is { } type)
        {
            CatalogServiceId = await Personas.Admin.AddServiceAsync(type, CatalogName, CatalogUrl());
        }

        await StartedAsync();
    }

    /// <summary>
    /// Stops this fixture's own Identity, so that the service finds Identity unavailable from then on; its port stays bound
    /// without listening, so that connections are refused rather than reaching a server started later on the same port.
    /// </summary>
    public async Task StopIdentityAsync()
    {
        if (!OwnIdentity)
        {
            throw new InvalidOperationException("The shared Identity cannot be stopped.");
        }

        if (_stoppedIdentityPort is null)
        {
            var port = Cloud.Identity.BaseUri.Port;
            await Cloud.DisposeAsync();
            _stoppedIdentityPort = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _stoppedIdentityPort.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _stoppedIdentityPort.Bind(new IPEndPoint(IPAddress.Loopback, port));
        }
    }

    public virtual async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (OwnIdentity && _cloud is not null && _stoppedIdentityPort is null)
        {
            await _cloud.DisposeAsync();
        }

        _stoppedIdentityPort?.Dispose();

        _configDirectory?.Delete(recursive: true);
    }

    /// <summary>The service's <c>Add…</c>.</summary>
    protected abstract void AddService(WebApplicationBuilder builder);

    /// <summary>The service's <c>Map…Api</c>.</summary>
    protected abstract void MapApi(WebApplication app);

    /// <summary>Configuration on top of <c>[keystone_authtoken]</c>, in <c>section:key</c> form; later keys win.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings() => [];

    /// <summary>Replaces services after the service has registered its own.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>The URL of the service's endpoints in the catalog: <see cref="BaseUri"/> without its trailing slash.</summary>
    protected virtual string CatalogUrl() => BaseUri.ToString().TrimEnd('/');

    /// <summary>The own Identity; a derived fixture may return a <see cref="PersonaCloud"/> with other Identity settings.</summary>
    protected virtual PersonaCloud CreateOwnCloud() => new();

    /// <summary>Runs once the service is up and listed in the catalog, before any test.</summary>
    protected virtual Task StartedAsync() => Task.CompletedTask;

    private async Task<PersonaCloud> StartOwnCloudAsync()
    {
        var cloud = CreateOwnCloud();
        await cloud.InitializeAsync();
        return cloud;
    }

    private static InvalidOperationException NotStarted() => new("The service has not started.");
}
