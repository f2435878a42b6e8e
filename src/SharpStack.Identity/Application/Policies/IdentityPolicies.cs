using SharpStack.Common.Policy;

namespace SharpStack.Identity.Application.Policies;

/// <summary>Every policy rule default of Identity, in registration order: the base rules first, then each area's.</summary>
internal static class IdentityPolicies
{
    public static IReadOnlyList<PolicyRuleDefault> All { get; } =
    [
        .. KeystoneBasePolicies.Rules,
        .. TokenPolicies.Rules,
        .. AssignmentPolicies.Rules,
        .. CatalogPolicies.Rules,
        .. ResourcePolicies.Rules,
        .. CredentialPolicies.Rules,
        .. PolicyBlobPolicies.Rules,
        .. LimitPolicies.Rules,
        .. TrustPolicies.Rules,
        .. ApplicationCredentialPolicies.Rules,
        .. Ec2CredentialPolicies.Rules,
        .. EndpointFilterPolicies.Rules,
        .. PolicyAssociationPolicies.Rules,
        .. OAuthPolicies.Rules,
        .. DomainConfigPolicies.Rules,
    ];
}
