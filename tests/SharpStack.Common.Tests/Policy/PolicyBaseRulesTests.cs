using SharpStack.Common.Policy;
using static SharpStack.Common.Tests.Policy.PolicyTestRules;

namespace SharpStack.Common.Tests.Policy;

public class PolicyBaseRulesTests
{
    private static readonly PolicyEnforcer Enforcer = new(
    [
        .. PolicyBaseRules.Defaults,
        new("compute:servers:show", PolicyBaseRules.RuleProjectReaderOrAdmin, "Show a server.", [PolicyScopeTypes.Project]),
        new("compute:servers:delete", PolicyBaseRules.RuleProjectMemberOrAdmin, "Delete a server.", [PolicyScopeTypes.Project]),
        new("compute:hypervisors:list", PolicyBaseRules.RuleSystemReaderApi, "List hypervisors.", [PolicyScopeTypes.System]),
    ]);

    private static readonly Dictionary<string, object?> ProjectP1 = Target(("project_id", "p1"));

    [Theory]
    [InlineData("reader", "p1", "compute:servers:show", true)]
    [InlineData("reader", "p1", "compute:servers:delete", false)]
    [InlineData("member", "p1", "compute:servers:delete", true)]
    [InlineData("member", "p2", "compute:servers:delete", false)]
    [InlineData("member", "p2", "compute:servers:show", false)]
    [InlineData("admin", "p2", "compute:servers:delete", true)]
    public void Authorize_ProjectPersonas_FollowSecureRbac(string role, string projectId, string rule, bool expected)
    {
        var credentials = new PolicyCredentials { ProjectId = projectId, Roles = [role] };

        Assert.Equal(expected, Enforcer.Authorize(rule, credentials, ProjectP1).IsAllowed);
    }

    [Fact]
    public void Authorize_SystemReader_NeedsSystemScopeAndRole()
    {
        var systemReader = new PolicyCredentials { SystemScope = "all", Roles = ["reader"] };
        var systemMember = new PolicyCredentials { SystemScope = "all", Roles = ["observer"] };
        var projectReader = new PolicyCredentials { ProjectId = "p1", Roles = ["reader"] };

        Assert.Equal(PolicyDecisionKind.Allowed, Enforcer.Authorize("compute:hypervisors:list", systemReader).Kind);
        Assert.Equal(PolicyDecisionKind.Denied, Enforcer.Authorize("compute:hypervisors:list", systemMember).Kind);
        Assert.Equal(PolicyDecisionKind.InvalidScope, Enforcer.Authorize("compute:hypervisors:list", projectReader).Kind);
    }

    [Theory]
    [InlineData(PolicyBaseRules.SystemAdmin, "system", "admin", true)]
    [InlineData(PolicyBaseRules.SystemAdmin, "project", "admin", false)]
    [InlineData(PolicyBaseRules.DomainReader, "domain", "reader", true)]
    [InlineData(PolicyBaseRules.DomainAdmin, "domain", "reader", false)]
    [InlineData(PolicyBaseRules.ProjectAdmin, "project", "admin", true)]
    [InlineData(PolicyBaseRules.ProjectManager, "project", "manager", true)]
    [InlineData(PolicyBaseRules.Service, "project", "service", true)]
    public void Persona_CheckString_MatchesItsPersona(string checkString, string scope, string role, bool expected)
    {
        var credentials = scope switch
        {
            "system" => new PolicyCredentials { SystemScope = "all", Roles = [role] },
            "domain" => new PolicyCredentials { DomainId = "d1", Roles = [role] },
            _ => new PolicyCredentials { ProjectId = "p1", Roles = [role] },
        };

        Assert.Equal(expected, Allows(checkString, credentials, Target(("project_id", "p1"), ("domain_id", "d1"))));
    }
}
