using SharpStack.Common.Policy;

namespace SharpStack.Image.Application.Policies;

/// <summary>Every policy rule default of the Image service, in registration order: the base rules first.</summary>
internal static class ImagePolicies
{
    public static IReadOnlyList<PolicyRuleDefault> All { get; } =
    [
        .. GlanceBasePolicies.Rules,
        .. ImageApiPolicies.Rules,
        .. TaskPolicies.Rules,
        .. DiscoveryAndCachePolicies.Rules,
        .. Metadefs.MetadefPolicies.Rules,
    ];
}
