using SharpStack.Common.Auth;
using SharpStack.Common.Faults;
using SharpStack.Common.Policy;

namespace SharpStack.Identity.Application.Policies;

/// <summary>Identity's one <see cref="PolicyEnforcer"/>, with Keystone's 403 wording.</summary>
internal sealed class IdentityPolicyEnforcer(PolicyEnforcer enforcer)
{
    public static PolicyCredentials Credentials(AuthContext auth) => new()
    {
        UserId = auth.UserId,
        UserDomainId = auth.UserDomainId,
        ProjectId = auth.ProjectId,
        ProjectDomainId = auth.ProjectDomainId,
        DomainId = auth.DomainId,
        Roles = auth.Roles,
        SystemScope = auth.SystemScope,
    };

    public bool IsAllowed(string rule, AuthContext auth, IReadOnlyDictionary<string, object?> target) =>
        enforcer.Authorize(rule, Credentials(auth), target).IsAllowed;

    /// <exception cref="ForbiddenException">The policy denies the action.</exception>
    public void Enforce(string rule, AuthContext auth, IReadOnlyDictionary<string, object?> target)
    {
        if (!enforcer.Authorize(rule, Credentials(auth), target).IsAllowed)
        {
            throw new ForbiddenException($"You are not authorized to perform the requested action: {rule}.");
        }
    }
}
