using SharpStack.Common.Policy;
using static SharpStack.Image.Application.Policies.GlanceCheckStrings;
using R = SharpStack.Image.Application.Policies.ImagePolicyRules;

namespace SharpStack.Image.Application.Policies;

/// <summary>Glance's default rules for store discovery and the image cache (glance/policies/discovery.py, cache.py).</summary>
internal static class DiscoveryAndCachePolicies
{
    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        ImageApiPolicies.Rule(R.StoresInfoDetail, AdminOrServiceRole, "Expose store specific information", "GET", "/v2/info/stores/detail"),
        ImageApiPolicies.Rule(R.CacheImage, Admin, "Queue image for caching", "PUT", "/v2/cache/{image_id}"),
        ImageApiPolicies.Rule(R.CacheList, Admin, "List cache status", "GET", "/v2/cache"),
        new(R.CacheDelete, Admin, "Delete image(s) from cache and/or queue", [PolicyScopeTypes.Project],
            [new("DELETE", "/v2/cache"), new("DELETE", "/v2/cache/{image_id}")]),
        ImageApiPolicies.Rule(R.CacheClean, Admin, "Clean invalid and stalled cached images", "POST", "/v2/cache/clean"),
        ImageApiPolicies.Rule(R.CachePrune, Admin, "Prune cached images to reduce cache size", "POST", "/v2/cache/prune"),
    ];
}
