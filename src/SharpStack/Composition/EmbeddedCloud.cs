using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using SharpStack.Configuration;
using SharpStack.Identity.Application;
using SharpStack.Messaging;

namespace SharpStack.Composition;

/// <summary>
/// The all-in-one cloud of <c>sharpstack up</c>, in this process over one data folder and the in-process bus: it applies
/// every service's migrations, bootstraps the admin account and the catalog, starts every service of the composition and
/// one agent of each kind, and writes the client files. Disposing it stops them in reverse order.
/// </summary>
internal sealed class EmbeddedCloud : IAsyncDisposable
{
    private const string PasswordAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly DataDirectoryLock _dataLock;
    private readonly ProcessBus _bus;
    private readonly CloudHost _services;
    private readonly List<AgentHost> _agents = [];

    private EmbeddedCloud(CloudComposition composition, DirectoryInfo dataDirectory, DataDirectoryLock dataLock, ProcessBus bus, CloudHost services)
    {
        Composition = composition;
        DataDirectory = dataDirectory;
        _dataLock = dataLock;
        _bus = bus;
        _services = services;
    }

    public CloudComposition Composition { get; }

    public DirectoryInfo DataDirectory { get; }

    public IReadOnlyList<ServiceEndpoint> Endpoints => _services.Endpoints;

    /// <summary>The Identity URL clients authenticate at.</summary>
    public string AuthUrl => Endpoints.Single(endpoint => endpoint.Service == Composition.Identity).CatalogUrl;

    /// <summary>The admin password this start generated (shown once), or null when it was given or kept from an earlier start.</summary>
    public string? GeneratedAdminPassword { get; private set; }

    public IReadOnlyList<AgentContext> Agents => [.. _agents.Select(agent => agent.Context)];

    /// <summary>The bus every service and agent of the cloud shares.</summary>
    public IMessageBus Bus => _bus.Bus;

    public string CloudsYamlPath => ClientConfigWriter.CloudsYamlPath(DataDirectory);

    public string OpenRcPath => ClientConfigWriter.OpenRcPath(DataDirectory);

    public static async Task<EmbeddedCloud> StartAsync(
        CloudComposition composition, EmbeddedCloudRequest request, Action<string> reportProgress, CancellationToken cancellationToken)
    {
        var loaded = ConfigurationLoader.Load(composition, request.ConfigFile, new Dictionary<string, string?>(request.Overrides)
        {
            [$"{CloudOptions.Section}:transport_url"] = "memory://",
        });
        var cloudOptions = ConfigurationLoader.CloudOptions(loaded);
        var dataDirectory = ConfigurationLoader.DataDirectory(loaded);
        var dataLock = DataDirectoryLock.Acquire(dataDirectory);
        EmbeddedCloud cloud;
        ServiceUser serviceUser;
        IConfiguration configuration;
        try
        {
            var endpoints = composition.Services
                .Select(service => ServiceEndpointResolver.Resolve(service, loaded, cloudOptions))
                .ToList();
            var authUrl = endpoints.Single(endpoint => endpoint.Service == composition.Identity).CatalogUrl;
            serviceUser = EmbeddedServiceCredentials.LoadOrCreate(dataDirectory, composition.Services);
            configuration = EmbeddedServiceCredentials.WithAuthTokenDefaults(loaded, authUrl, serviceUser);
            var settings = new EmbeddedSettings(cloudOptions.RegionName);
            var bus = ProcessBus.Create(configuration);
            var services = new CloudHost(
                endpoints,
                service => ServiceConfiguration.For(service, configuration, service.EmbeddedDefaults(settings)),
                SharedServices.For(dataDirectory, bus.Bus));
            cloud = new EmbeddedCloud(composition, dataDirectory, dataLock, bus, services);
        }
        catch
        {
            dataLock.Dispose();
            throw;
        }

        try
        {
            await cloud.StartAsync(request.AdminPassword, serviceUser, configuration, cloudOptions, reportProgress, cancellationToken);
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
        for (var index = _agents.Count - 1; index >= 0; index--)
        {
            await _agents[index].DisposeAsync();
        }

        _agents.Clear();
        await _services.DisposeAsync();
        await _bus.DisposeAsync();
        _dataLock.Dispose();
    }

    private async Task StartAsync(
        string? adminPassword, ServiceUser serviceUser, IConfiguration configuration, CloudOptions cloudOptions, Action<string> reportProgress, CancellationToken cancellationToken)
    {
        GeneratedAdminPassword = adminPassword is null && !ClientConfigWriter.Exists(DataDirectory)
            ? RandomNumberGenerator.GetString(PasswordAlphabet, 20)
            : null;
        var adminPasswordToSet = adminPassword ?? GeneratedAdminPassword;
        await using (var tools = ServiceTools.Create(configuration, Composition.Services, DataDirectory))
        {
            reportProgress("Applying database migrations");
            await tools.MigrateAsync(cancellationToken);
            reportProgress("Bootstrapping the admin account and the service catalog");
            IList<ServiceUser> serviceUsers = Composition.Services.Any(service => service.ServiceUser is not null) ? [serviceUser] : [];
            await tools.BootstrapAsync(BootstrapRequests.For(Endpoints, cloudOptions.RegionName, adminPasswordToSet, serviceUsers), cancellationToken);
        }

        await _services.StartAsync(reportProgress, cancellationToken);
        var hostName = ConfigurationLoader.HostName(configuration);
        foreach (var agent in Composition.Agents)
        {
            reportProgress($"Starting the {agent.Kind} agent as host {hostName}");
            _agents.Add(await AgentHost.StartAsync(agent, hostName, configuration, _bus.Bus, cancellationToken));
        }

        if (adminPasswordToSet is not null)
        {
            ClientConfigWriter.Write(
                DataDirectory, AuthUrl, adminPasswordToSet, cloudOptions.RegionName, Composition.Services.Select(s => s.ClientApi).OfType<ClientApiVersion>());
        }
    }
}
