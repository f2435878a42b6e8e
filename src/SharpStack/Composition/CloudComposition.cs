using SharpStack.Common;
using SharpStack.Composition.Services;

namespace SharpStack.Composition;

/// <summary>The services one cloud is made of, in start-up order, with their agent kinds; every verb follows from it.</summary>
internal sealed class CloudComposition
{
    public CloudComposition(IReadOnlyList<ServiceDefinition> services)
    {
        Services = services;
        Agents = [.. services.SelectMany(service => service.Agents)];
        CompositionRules.Check(this);
    }

    /// <summary>This build's cloud: a new service is one entry here (its agent kinds are part of it) and nothing else.</summary>
    public static CloudComposition Default { get; } = new([IdentityEntry.Definition, ImageEntry.Definition]);

    public IReadOnlyList<ServiceDefinition> Services { get; }

    /// <summary>Every agent kind of every service.</summary>
    public IReadOnlyList<AgentDefinition> Agents { get; }

    /// <summary>The service that issues tokens: its catalog URL is the auth URL of every client and service user.</summary>
    public ServiceDefinition Identity => Services.FirstOrDefault(service => service.CatalogType == ServiceNames.Identity)
        ?? throw new InvalidOperationException("The composition has no identity service.");

    public CloudComposition With(ServiceDefinition service) => new([.. Services, service]);

    /// <summary>This composition with <paramref name="agent"/> added to the agent kinds of the service named <paramref name="service"/>.</summary>
    public CloudComposition WithAgent(string service, AgentDefinition agent) => Services.Any(candidate => candidate.Name == service)
        ? new([.. Services.Select(candidate => candidate.Name == service ? candidate with { Agents = [.. candidate.Agents, agent] } : candidate)])
        : throw new ArgumentException($"The composition has no service {service} for agent kind {agent.Kind}.", nameof(service));

    public ServiceDefinition ServiceOf(AgentDefinition agent) => Services.First(service => service.Agents.Contains(agent));

    /// <summary>The services named in a comma-separated list, or all of them when it is empty.</summary>
    public IReadOnlyList<ServiceDefinition> SelectServices(string? commaSeparatedNames)
    {
        if (string.IsNullOrWhiteSpace(commaSeparatedNames))
        {
            return Services;
        }

        return [.. commaSeparatedNames.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Services.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new OperatorException($"There is no service named '{name}'; choose from {string.Join(", ", Services.Select(s => s.Name))}."))];
    }

    public AgentDefinition Agent(string kind) =>
        Agents.FirstOrDefault(agent => string.Equals(agent.Kind, kind, StringComparison.OrdinalIgnoreCase))
        ?? throw new OperatorException(Agents.Count == 0
            ? $"There is no agent kind '{kind}'; this build has no agent kinds yet (they arrive with their services)."
            : $"There is no agent kind '{kind}'; choose from {string.Join(", ", Agents.Select(a => a.Kind))}.");
}
