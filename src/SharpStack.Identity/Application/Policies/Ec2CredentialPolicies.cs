using SharpStack.Common.Policy;
using static SharpStack.Identity.Application.Policies.KeystonePolicyRules;

namespace SharpStack.Identity.Application.Policies;

/// <summary>OS-EC2 credentials (keystone/common/policies/ec2_credential.py).</summary>
internal static class Ec2CredentialPolicies
{
    public const string GetCredential = "identity:ec2_get_credential";
    public const string ListCredentials = "identity:ec2_list_credentials";
    public const string CreateCredential = "identity:ec2_create_credential";
    public const string DeleteCredential = "identity:ec2_delete_credential";

    private const string AdminOrSystemReaderOrOwner = "(" + AdminRequired + ") or (" + SystemReader + ") or rule:owner";
    private const string AdminOrSystemReaderOrCredentialOwner =
        "(" + AdminRequired + ") or (" + SystemReader + ") or user_id:%(target.credential.user_id)s";
    private const string AdminOrMemberAndCredentialOwner =
        "(" + AdminRequired + ") or (role:member and user_id:%(target.credential.user_id)s)";

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new(GetCredential, AdminOrSystemReaderOrCredentialOwner, "Show ec2 credential details.", SystemProject,
            [new("GET", "/v3/users/{user_id}/credentials/OS-EC2/{credential_id}")]),
        new(ListCredentials, AdminOrSystemReaderOrOwner, "List ec2 credentials.", SystemProject,
            [new("GET", "/v3/users/{user_id}/credentials/OS-EC2")]),
        new(CreateCredential, AdminOrMemberAndCredentialOwner, "Create ec2 credential.", SystemProject,
            [new("POST", "/v3/users/{user_id}/credentials/OS-EC2")]),
        new(DeleteCredential, AdminOrMemberAndCredentialOwner, "Delete ec2 credential.", SystemProject,
            [new("DELETE", "/v3/users/{user_id}/credentials/OS-EC2/{credential_id}")]),
    ];
}
