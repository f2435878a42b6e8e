using SharpStack.Common.Auth;
using SharpStack.Common.Faults;
using SharpStack.Common.Policy;

namespace SharpStack.Identity.Application.Policies;

/// <summary>Authorizes Identity's API calls with Keystone's defaults; a denial is Keystone's 403.</summary>
internal sealed class IdentityPolicyEnforcer(PolicyEnforcer enforcer)
{
    private static readonly Dictionary<string, object?> NoTarget = [];

    public bool IsAllowed(AuthContext auth, string rule, IReadOnlyDictionary<string, object?>? target = null) =>
        enforcer.Authorize(rule, Credentials(auth), target ?? NoTarget).IsAllowed;

    /// <exception cref="ForbiddenException">The policy denies <paramref name="rule"/>.</exception>
    public void Enforce(AuthContext auth, string rule, IReadOnlyDictionary<string, object?>? target = null)
    {
        if (!IsAllowed(auth, rule, target))
        {
            throw new ForbiddenException($"You are not authorized to perform the requested action: {rule}.");
        }
    }

    public static PolicyCredentials Credentials(AuthContext auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        return PolicyCredentials.Of(auth, new Dictionary<string, object?>(StringComparer.Ordinal)
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
            });
    }
}
