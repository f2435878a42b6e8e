using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Configuration;

namespace SharpStack.Composition;

/// <summary>
/// One kind of agent, part of its service's entry: hosted services that do the service's work on a host, reachable only
/// over the bus (agents never open a database). <c>up</c> runs one of each kind; <c>sharpstack agent &lt;kind&gt;</c> runs one alone.
/// </summary>
internal sealed record AgentDefinition
{
    /// <summary>The kind, as <c>sharpstack agent &lt;kind&gt;</c> names it.</summary>
    public required string Kind { get; init; }

    /// <summary>Its options sections: the OpenStack agent's own (e.g. <c>[linux_bridge]</c>), or <c>[agent_&lt;kind&gt;]</c> when there is none.</summary>
    public required IReadOnlyList<OptionsSection> Options { get; init; }

    /// <summary>Registers its hosted services and their dependencies; the bus and <see cref="AgentContext"/> are there already.</summary>
    public required Action<IServiceCollection, IConfiguration> AddServices { get; init; }
}
