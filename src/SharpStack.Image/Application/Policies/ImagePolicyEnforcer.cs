using SharpStack.Common.Auth;
using SharpStack.Common.Policy;

namespace SharpStack.Image.Application.Policies;

/// <summary>The Image service's loaded rules (one per process), kept apart from any other service's enforcer.</summary>
internal sealed class ImagePolicyEnforcer(PolicyEnforcer enforcer)
{
    public PolicyEnforcer Rules => enforcer;

    public bool IsAllowed(AuthContext caller, string rule, IReadOnlyDictionary<string, object?> target) =>
        enforcer.Authorize(rule, PolicyCredentials.Of(caller), target).IsAllowed;
}
