using SharpStack.Common.Policy;
using static SharpStack.Identity.Application.Policies.KeystonePolicyRules;

namespace SharpStack.Identity.Application.Policies;

/// <summary>Application credentials and access rules (keystone/common/policies/{application_credential,access_rule}.py).</summary>
internal static class ApplicationCredentialPolicies
{
    public const string GetApplicationCredential = "identity:get_application_credential";
    public const string ListApplicationCredentials = "identity:list_application_credentials";
    public const string CreateApplicationCredential = "identity:create_application_credential";
    public const string DeleteApplicationCredential = "identity:delete_application_credential";
    public const string GetAccessRule = "identity:get_access_rule";
    public const string ListAccessRules = "identity:list_access_rules";
    public const string DeleteAccessRule = "identity:delete_access_rule";

    private const string CredentialsPath = "/v3/users/{user_id}/application_credentials";
    private const string CredentialPath = CredentialsPath + "/{application_credential_id}";
    private const string AccessRulesPath = "/v3/users/{user_id}/access_rules";
    private const string AccessRulePath = AccessRulesPath + "/{access_rule_id}";

    private const string AdminOrSystemReaderOrOwner = "(" + AdminRequired + ") or (" + SystemReader + ") or rule:owner";
    private const string SystemReaderOrOwner = "(" + SystemReader + ") or user_id:%(target.user.id)s";
    private const string SystemAdminOrOwner = "(role:admin and system_scope:all) or user_id:%(target.user.id)s";

    private static readonly string[] ProjectOnly = [PolicyScopeTypes.Project];

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new(GetApplicationCredential, AdminOrSystemReaderOrOwner, "Show application credential details.", SystemProject,
            [new("GET", CredentialPath), new("HEAD", CredentialPath)]),
        new(ListApplicationCredentials, AdminOrSystemReaderOrOwner, "List application credentials for a user.", SystemProject,
            [new("GET", CredentialsPath), new("HEAD", CredentialsPath)]),
        new(CreateApplicationCredential, "user_id:%(user_id)s", "Create an application credential.", ProjectOnly, [new("POST", CredentialsPath)]),
        new(DeleteApplicationCredential, "rule:admin_or_owner", "Delete an application credential.", SystemProject, [new("DELETE", CredentialPath)]),
        new(GetAccessRule, SystemReaderOrOwner, "Show access rule details.", SystemProject, [new("GET", AccessRulePath), new("HEAD", AccessRulePath)]),
        new(ListAccessRules, SystemReaderOrOwner, "List access rules for a user.", SystemProject, [new("GET", AccessRulesPath), new("HEAD", AccessRulesPath)]),
        new(DeleteAccessRule, SystemAdminOrOwner, "Delete an access_rule.", SystemProject, [new("DELETE", AccessRulePath)]),
    ];
}
