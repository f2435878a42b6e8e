using SharpStack.Common.Auth;
using SharpStack.Common.Faults;
using SharpStack.Common.Policy;

namespace SharpStack.Identity.Application.Policies;

/// <summary>Identity's one policy enforcer: checks a caller's token against a rule and a target, 403 as Keystone words it.</summary>
internal sealed class IdentityPolicyEnforcer(PolicyEnforcer enforcer)
{
    public bool IsAllowed(AuthContext auth, string action, IReadOnlyDictionary<string, object?> target) =>
        enforcer.Authorize(action, Credentials(auth), target).IsAllowed;

    /// <exception cref="ForbiddenException">The policy denies the action.</exception>
    public void Enforce(AuthContext auth, string action, IReadOnlyDictionary<string, object?> target)
    {
        if (!IsAllowed(auth, action, target))
        {
            throw new ForbiddenException($"You are not authorized to perform the requested action: {action}.");
        }
    }

    public static PolicyCredentials Credentials(AuthContext auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        return new PolicyCredentials
        {
            UserId = auth.UserId,
            UserDomainId = auth.UserDomainId,
            ProjectId = auth.ProjectId,
            ProjectDomainId = auth.ProjectDomainId,
            DomainId = auth.DomainId,
            Roles = auth.Roles,
            SystemScope = auth.SystemScope,
            IsAdminProject = auth.ProjectId is not null,
            Attributes = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["token"] = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["domain"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = auth.DomainId },
                    ["project"] = new Dictionary<string, object?>(StringComparer.Ordinal)
                    {
                        ["id"] = auth.ProjectId,
                        ["domain"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = auth.ProjectDomainId },
                    },
                    ["user"] = new Dictionary<string, object?>(StringComparer.Ordinal)
                    {
                        ["id"] = auth.UserId,
                        ["domain"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = auth.UserDomainId },
                    },
                },
            },
        };
    }
}
