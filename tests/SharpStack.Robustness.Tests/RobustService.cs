using Microsoft.Extensions.DependencyInjection;
using SharpStack.Common.Faults;
using SharpStack.Hosting;
using SharpStack.Testing.Robustness;
using SharpStack.Testing.Services;

namespace SharpStack.Robustness.Tests;

/// <summary>
/// One service of the composition as the robustness run attacks it: its host (proxy header parsing off), a second host
/// over the same data with parsing on, its routes and fault format, and the values its routes take per owner.
/// </summary>
public sealed class RobustService(ComposedService definition, ServiceApiHost host, ServiceApiHost proxyParsingHost)
{
    private readonly Dictionary<string, RouteTargets> _targets = new(StringComparer.Ordinal);

    public ComposedService Definition => definition;

    public string Name => definition.Name;

    public ServiceApiHost Host => host;

    public ServiceApiHost ProxyParsingHost => proxyParsingHost;

    public ServiceFaultFormat FaultFormat => host.Services.GetRequiredService<ServiceApiOptions>().FaultFormat;

    public IReadOnlyList<RobustRoute> Routes() => RobustRoute.Discover(Name, host.Services);

    public RouteTargets Targets(string owner) => _targets.GetValueOrDefault(owner) ?? RouteTargets.None;

    public void SetTargets(string owner, RouteTargets targets) => _targets[owner] = targets;
}
