namespace SharpStack.Common.Policy;

/// <summary>
/// The secure-RBAC personas as check strings, and the base rules Nova and Keystone register so
/// service rules can say "rule:project_member_or_admin" and operators can redefine one persona in one place.
/// </summary>
public static class PolicyBaseRules
{
    public const string Any = "@";
    public const string Nobody = "!";
    public const string Admin = "role:admin";
    public const string Service = "role:service";
    public const string SystemAdmin = "role:admin and system_scope:all";
    public const string SystemReader = "role:reader and system_scope:all";
    public const string DomainAdmin = "role:admin and domain_id:%(domain_id)s";
    public const string DomainReader = "role:reader and domain_id:%(domain_id)s";
    public const string ProjectAdmin = "role:admin and project_id:%(project_id)s";
    public const string ProjectManager = "role:manager and project_id:%(project_id)s";
    public const string ProjectMember = "role:member and project_id:%(project_id)s";
    public const string ProjectReader = "role:reader and project_id:%(project_id)s";
    public const string Owner = "user_id:%(user_id)s";

    public const string RuleContextIsAdmin = "rule:context_is_admin";
    public const string RuleAdminApi = "rule:admin_api";
    public const string RuleServiceApi = "rule:service_api";
    public const string RuleOwner = "rule:owner";
    public const string RuleProjectManagerApi = "rule:project_manager_api";
    public const string RuleProjectMemberApi = "rule:project_member_api";
    public const string RuleProjectReaderApi = "rule:project_reader_api";
    public const string RuleProjectManagerOrAdmin = "rule:project_manager_or_admin";
    public const string RuleProjectMemberOrAdmin = "rule:project_member_or_admin";
    public const string RuleProjectReaderOrAdmin = "rule:project_reader_or_admin";
    public const string RuleSystemAdminApi = "rule:system_admin_api";
    public const string RuleSystemReaderApi = "rule:system_reader_api";

    /// <summary>The base rules, to register before a service's own rules.</summary>
    public static IReadOnlyList<PolicyRuleDefault> Defaults { get; } =
    [
        new("context_is_admin", Admin, "Decides who is an administrator everywhere."),
        new("admin_api", Admin, "Default rule for most Admin APIs."),
        new("service_api", Service, "Default rule for service-to-service APIs."),
        new("owner", Owner, "The user the resource belongs to."),
        new("project_manager_api", ProjectManager, "Default rule for Project level management APIs."),
        new("project_member_api", ProjectMember, "Default rule for Project level non admin APIs."),
        new("project_reader_api", ProjectReader, "Default rule for Project level read only APIs."),
        new("project_manager_or_admin", $"{RuleProjectManagerApi} or {RuleContextIsAdmin}", "Default rule for Project Manager or admin APIs."),
        new("project_member_or_admin", $"{RuleProjectMemberApi} or {RuleContextIsAdmin}", "Default rule for Project Member or admin APIs."),
        new("project_reader_or_admin", $"{RuleProjectReaderApi} or {RuleContextIsAdmin}", "Default rule for Project reader or admin APIs."),
        new("system_admin_api", SystemAdmin, "Default rule for administering the whole deployment with a system-scoped token."),
        new("system_reader_api", SystemReader, "Default rule for reading deployment-wide resources with a system-scoped token."),
    ];
}
