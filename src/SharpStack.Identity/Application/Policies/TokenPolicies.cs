using SharpStack.Common.Policy;

namespace SharpStack.Identity.Application.Policies;

/// <summary>Keystone's defaults for the token and revocation-event APIs (keystone/common/policies/token.py, revoke_event.py).</summary>
public static class TokenPolicies
{
    public const string CheckToken = "identity:check_token";
    public const string ValidateToken = "identity:validate_token";
    public const string RevokeToken = "identity:revoke_token";
    public const string ListRevokeEvents = "identity:list_revoke_events";

    private const string AdminOrTokenSubject = "rule:admin_required or rule:token_subject";
    private const string AdminOrSystemUserOrTokenSubject = "rule:admin_required or (role:reader and system_scope:all) or rule:token_subject";
    private const string AdminOrSystemUserOrServiceOrTokenSubject =
        "rule:admin_required or (role:reader and system_scope:all) or rule:service_role or rule:token_subject";

    private static readonly string[] AnyScope = [PolicyScopeTypes.System, PolicyScopeTypes.Domain, PolicyScopeTypes.Project];

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new(CheckToken, AdminOrSystemUserOrTokenSubject, "Check a token.", AnyScope, [new("HEAD", "/v3/auth/tokens")]),
        new(ValidateToken, AdminOrSystemUserOrServiceOrTokenSubject, "Validate a token.", AnyScope, [new("GET", "/v3/auth/tokens")]),
        new(RevokeToken, AdminOrTokenSubject, "Revoke a token.", AnyScope, [new("DELETE", "/v3/auth/tokens")]),
        new(ListRevokeEvents, "rule:service_or_admin", "List revocation events.", [PolicyScopeTypes.System, PolicyScopeTypes.Project], [new("GET", "/v3/OS-REVOKE/events")]),
    ];
}
