using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Configuration;

namespace SharpStack.Composition;

/// <summary>
/// One service of the cloud, everything the executable needs to know about it: catalog identity, port, entry points,
/// database, registered limits, service user, options and agent kinds. <c>up</c>, <c>serve</c>, <c>agent</c>,
/// <c>db upgrade</c>, <c>bootstrap</c>, <c>config</c> and the client files all follow from it.
/// </summary>
internal sealed record ServiceDefinition
{
    /// <summary>Name in <c>--services</c>, in log lines and as the configuration section of its port and public URL.</summary>
    public required string Name { get; init; }

    /// <summary>What operators call it, e.g. <c>Image</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The OpenStack project whose API it speaks, e.g. <c>Glance</c>.</summary>
    public required string OpenStackName { get; init; }

    public required string CatalogType { get; init; }

    public required string CatalogName { get; init; }

    public required int DefaultPort { get; init; }

    /// <summary>Path the catalog URL adds to the service's base URL, e.g. <c>/v3</c>; empty for the root.</summary>
    public string VersionPath { get; init; } = "";

    public required Action<WebApplicationBuilder> AddServices { get; init; }

    public required Action<WebApplication> MapApi { get; init; }

    /// <summary>Registers the service's database (its migrations for <c>db upgrade</c>) outside the web application.</summary>
    public required Action<IServiceCollection> AddDatabase { get; init; }

    /// <summary>Unified limits bootstrap registers for it (resource name to default limit).</summary>
    public IReadOnlyDictionary<string, int> RegisteredLimits { get; init; } = new Dictionary<string, int>();

    /// <summary>The user it validates tokens with when distributed; null when it validates them itself.</summary>
    public ServiceAccount? ServiceUser { get; init; }

    /// <summary>Its options classes by section, for <c>config sample</c> and unknown-key reports; some depend on the configuration.</summary>
    public Func<IConfiguration, IEnumerable<OptionsSection>> Options { get; init; } = _ => [];

    /// <summary>
    /// The sections of the services it calls over REST (<c>placement</c>, <c>neutron</c>, …, as nova.conf names them),
    /// each holding keystoneauth's options of <see cref="SharpStack.Hosting.Clients.ServiceClientOptions"/>.
    /// </summary>
    public IReadOnlyList<string> ClientSections { get; init; } = [];

    /// <summary>The kinds of agent that do this service's work on the hosts.</summary>
    public IReadOnlyList<AgentDefinition> Agents { get; init; } = [];

    /// <summary>Settings <c>up</c> gives this service underneath the operator's configuration.</summary>
    public Func<EmbeddedSettings, IReadOnlyDictionary<string, string?>> EmbeddedDefaults { get; init; } = _ => new Dictionary<string, string?>();

    /// <summary>The API version the client files name for it (<c>OS_IDENTITY_API_VERSION</c>); null leaves it to the client.</summary>
    public ClientApiVersion? ClientApi { get; init; }

    /// <summary>A first <c>openstack</c> command that shows the service works, printed when <c>up</c> is ready.</summary>
    public required string TryItCommand { get; init; }

    /// <summary>The service's own maintenance verb (as <c>keystone-manage</c>), if it has one.</summary>
    public Func<CloudComposition, Command>? MaintenanceCommand { get; init; }
}
