using SharpStack.Common.Policy;

namespace SharpStack.Image.Application.Policies;

/// <summary>The base rules Glance registers (glance/policies/base.py) that its API rules refer to.</summary>
internal static class GlanceBasePolicies
{
    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new("default", "", "Defines the default rule used for policies that historically had an empty policy in the supplied policy.json file."),
        new("context_is_admin", "role:admin", "Defines the rule for the is_admin:True check."),
        new("service_api", "role:service or role:admin", "Default rule for the service-to-service API."),
    ];
}
