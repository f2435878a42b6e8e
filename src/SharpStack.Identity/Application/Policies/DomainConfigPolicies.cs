using SharpStack.Common.Policy;
using static SharpStack.Identity.Application.Policies.KeystonePolicyRules;

namespace SharpStack.Identity.Application.Policies;

/// <summary>Domain-specific configuration (keystone/common/policies/domain_config.py).</summary>
internal static class DomainConfigPolicies
{
    public const string CreateDomainConfig = "identity:create_domain_config";
    public const string GetDomainConfig = "identity:get_domain_config";
    public const string GetSecurityComplianceDomainConfig = "identity:get_security_compliance_domain_config";
    public const string UpdateDomainConfig = "identity:update_domain_config";
    public const string DeleteDomainConfig = "identity:delete_domain_config";
    public const string GetDomainConfigDefault = "identity:get_domain_config_default";

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new(CreateDomainConfig, AdminRequired, "Create domain configuration.", SystemProject),
        new(GetDomainConfig, AdminOrSystemReader, "Retrieve a domain configuration.", SystemProject),
        new(GetSecurityComplianceDomainConfig, Anyone, "Retrieve security compliance options of the default domain.", SystemDomainProject),
        new(UpdateDomainConfig, AdminRequired, "Update domain configuration.", SystemProject),
        new(DeleteDomainConfig, AdminRequired, "Delete domain configuration.", SystemProject),
        new(GetDomainConfigDefault, AdminOrSystemReader, "Get domain configuration default.", SystemProject),
    ];
}
