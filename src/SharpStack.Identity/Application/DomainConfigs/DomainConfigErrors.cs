using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application.DomainConfigs;

/// <summary>Keystone's domain configuration errors: InvalidDomainConfig is a 403, DomainConfigNotFound a 404.</summary>
internal static class DomainConfigErrors
{
    public static ForbiddenException Invalid(string reason) => new($"Invalid domain specific configuration: {reason}.");

    public static NotFoundException NotFound(string domainId, string? group, string? option) => new(
        $"Could not find {(option is not null ? $"option {option} in group {group}" : group is not null ? $"group {group}" : "any options")} " +
        $"in domain configuration for domain {domainId}.");
}
