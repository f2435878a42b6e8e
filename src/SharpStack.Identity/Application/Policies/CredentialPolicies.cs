using SharpStack.Common.Policy;
using static SharpStack.Identity.Application.Policies.KeystonePolicyRules;

namespace SharpStack.Identity.Application.Policies;

/// <summary>Credentials (keystone/common/policies/credential.py): admins, system readers and the credential's owner.</summary>
internal static class CredentialPolicies
{
    public const string GetCredential = "identity:get_credential";
    public const string ListCredentials = "identity:list_credentials";
    public const string CreateCredential = "identity:create_credential";
    public const string UpdateCredential = "identity:update_credential";
    public const string DeleteCredential = "identity:delete_credential";

    private const string AdminOrSystemReaderOrOwner =
        "(" + AdminRequired + ") or (" + SystemReader + ") or user_id:%(target.credential.user_id)s";

    private const string AdminOrOwner = "(" + AdminRequired + ") or user_id:%(target.credential.user_id)s";

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new(GetCredential, AdminOrSystemReaderOrOwner, "Show credentials details.", SystemDomainProject,
            [new("GET", "/v3/credentials/{credential_id}")]),
        new(ListCredentials, AdminOrSystemReaderOrOwner, "List credentials.", SystemDomainProject,
            [new("GET", "/v3/credentials")]),
        new(CreateCredential, AdminOrOwner, "Create credential.", SystemDomainProject,
            [new("POST", "/v3/credentials")]),
        new(UpdateCredential, AdminOrOwner, "Update credential.", SystemDomainProject,
            [new("PATCH", "/v3/credentials/{credential_id}")]),
        new(DeleteCredential, AdminOrOwner, "Delete credential.", SystemDomainProject,
            [new("DELETE", "/v3/credentials/{credential_id}")]),
    ];
}
