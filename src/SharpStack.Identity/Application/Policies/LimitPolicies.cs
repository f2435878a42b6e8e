using SharpStack.Common.Policy;
using static SharpStack.Identity.Application.Policies.KeystonePolicyRules;

namespace SharpStack.Identity.Application.Policies;

/// <summary>Registered limits and limits (keystone/common/policies/{registered_limit,limit}.py).</summary>
internal static class LimitPolicies
{
    public const string GetRegisteredLimit = "identity:get_registered_limit";
    public const string ListRegisteredLimits = "identity:list_registered_limits";
    public const string CreateRegisteredLimits = "identity:create_registered_limits";
    public const string UpdateRegisteredLimit = "identity:update_registered_limit";
    public const string DeleteRegisteredLimit = "identity:delete_registered_limit";
    public const string GetLimitModel = "identity:get_limit_model";
    public const string GetLimit = "identity:get_limit";
    public const string ListLimits = "identity:list_limits";
    public const string CreateLimits = "identity:create_limits";
    public const string UpdateLimit = "identity:update_limit";
    public const string DeleteLimit = "identity:delete_limit";

    // The limit's project or domain user may read it; "None" guards against a domain limit matching an unscoped project_id.
    private const string AdminOrSystemOrDomainOrProjectUser =
        AdminRequired + " or (" + SystemReader + ") or "
        + "(domain_id:%(target.limit.domain.id)s or domain_id:%(target.limit.project.domain_id)s) or "
        + "(project_id:%(target.limit.project_id)s and not None:%(target.limit.project_id)s)";

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new(GetRegisteredLimit, Anyone, "Show registered limit details.", SystemDomainProject,
            [new("GET", "/v3/registered_limits/{registered_limit_id}"), new("HEAD", "/v3/registered_limits/{registered_limit_id}")]),
        new(ListRegisteredLimits, Anyone, "List registered limits.", SystemDomainProject,
            [new("GET", "/v3/registered_limits"), new("HEAD", "/v3/registered_limits")]),
        new(CreateRegisteredLimits, AdminRequired, "Create registered limits.", SystemProject,
            [new("POST", "/v3/registered_limits")]),
        new(UpdateRegisteredLimit, AdminRequired, "Update registered limit.", SystemProject,
            [new("PATCH", "/v3/registered_limits/{registered_limit_id}")]),
        new(DeleteRegisteredLimit, AdminRequired, "Delete registered limit.", SystemProject,
            [new("DELETE", "/v3/registered_limits/{registered_limit_id}")]),
        new(GetLimitModel, Anyone, "Get limit enforcement model.", SystemDomainProject,
            [new("GET", "/v3/limits/model"), new("HEAD", "/v3/limits/model")]),
        new(GetLimit, AdminOrSystemOrDomainOrProjectUser, "Show limit details.", SystemDomainProject,
            [new("GET", "/v3/limits/{limit_id}"), new("HEAD", "/v3/limits/{limit_id}")]),
        new(ListLimits, Anyone, "List limits.", SystemDomainProject,
            [new("GET", "/v3/limits"), new("HEAD", "/v3/limits")]),
        new(CreateLimits, AdminRequired, "Create limits.", SystemProject, [new("POST", "/v3/limits")]),
        new(UpdateLimit, AdminRequired, "Update limit.", SystemProject, [new("PATCH", "/v3/limits/{limit_id}")]),
        new(DeleteLimit, AdminRequired, "Delete limit.", SystemProject, [new("DELETE", "/v3/limits/{limit_id}")]),
    ];
}
