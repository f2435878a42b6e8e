using SharpStack.Common.Policy;
using static SharpStack.Common.Tests.Policy.PolicyTestRules;

namespace SharpStack.Common.Tests.Policy;

public class PolicyEnforcerTests
{
    private static readonly PolicyCredentials ProjectMember = new() { UserId = "u1", ProjectId = "p1", Roles = ["member"] };
    private static readonly PolicyCredentials DomainAdmin = new() { UserId = "u2", DomainId = "d1", Roles = ["admin"] };
    private static readonly PolicyCredentials SystemAdmin = new() { UserId = "u3", SystemScope = "all", Roles = ["admin"] };

    private static PolicyEnforcer ScopedEnforcer(params string[] scopeTypes) =>
        new([new PolicyRuleDefault("compute:servers:index", "@", "List servers.", scopeTypes)]);

    [Fact]
    public void Authorize_Allowed_ReturnsAllowedWithRuleName()
    {
        var decision = Enforcer(("compute:servers:index", "role:member")).Authorize("compute:servers:index", ProjectMember);

        Assert.Equal(new PolicyDecision("compute:servers:index", PolicyDecisionKind.Allowed), decision);
        Assert.True(decision.IsAllowed);
    }

    [Fact]
    public void Authorize_Denied_ReturnsDenied()
    {
        var decision = Enforcer(("r", "role:admin")).Authorize("r", ProjectMember);

        Assert.Equal(PolicyDecisionKind.Denied, decision.Kind);
        Assert.False(decision.IsAllowed);
    }

    [Fact]
    public void Authorize_UnregisteredRule_Throws()
    {
        var exception = Assert.Throws<PolicyNotRegisteredException>(() => Enforcer(("r", "@")).Authorize("other", ProjectMember));

        Assert.Equal("Policy other has not been registered", exception.Message);
    }

    [Fact]
    public void Create_DuplicateRegistration_Throws()
    {
        Assert.Throws<ArgumentException>(() => Enforcer(("r", "@"), ("r", "!")));
    }

    [Theory]
    [InlineData("project", PolicyDecisionKind.Allowed)]
    [InlineData("domain", PolicyDecisionKind.InvalidScope)]
    [InlineData("system", PolicyDecisionKind.InvalidScope)]
    public void Authorize_ProjectScopedRule_ChecksTokenScope(string tokenScope, PolicyDecisionKind expected)
    {
        var credentials = tokenScope switch
        {
            "project" => ProjectMember,
            "domain" => DomainAdmin,
            _ => SystemAdmin,
        };

        Assert.Equal(expected, ScopedEnforcer("project").Authorize("compute:servers:index", credentials).Kind);
    }

    [Fact]
    public void Authorize_SeveralScopeTypes_AllowsEachOfThem()
    {
        var enforcer = ScopedEnforcer("system", "domain");

        Assert.Equal(PolicyDecisionKind.Allowed, enforcer.Authorize("compute:servers:index", SystemAdmin).Kind);
        Assert.Equal(PolicyDecisionKind.Allowed, enforcer.Authorize("compute:servers:index", DomainAdmin).Kind);
        Assert.Equal(PolicyDecisionKind.InvalidScope, enforcer.Authorize("compute:servers:index", ProjectMember).Kind);
    }

    [Fact]
    public void Authorize_NoScopeTypes_AcceptsAnyScope()
    {
        var enforcer = ScopedEnforcer();

        Assert.True(enforcer.Authorize("compute:servers:index", SystemAdmin).IsAllowed);
        Assert.True(enforcer.Authorize("compute:servers:index", DomainAdmin).IsAllowed);
        Assert.True(enforcer.Authorize("compute:servers:index", ProjectMember).IsAllowed);
    }

    [Fact]
    public void Authorize_InvalidScope_IsCheckedBeforeTheRule()
    {
        var enforcer = new PolicyEnforcer([new PolicyRuleDefault("r", "role:admin", scopeTypes: ["system"])]);

        Assert.Equal(PolicyDecisionKind.InvalidScope, enforcer.Authorize("r", DomainAdmin).Kind);
        Assert.Equal(PolicyDecisionKind.Allowed, enforcer.Authorize("r", SystemAdmin).Kind);
    }

    [Fact]
    public void Enforce_Denied_ThrowsWithNovaMessage()
    {
        var exception = Assert.Throws<PolicyNotAuthorizedException>(
            () => Enforcer(("compute:servers:delete", "role:admin")).Enforce("compute:servers:delete", ProjectMember));

        Assert.Equal("Policy doesn't allow compute:servers:delete to be performed.", exception.Message);
        Assert.Equal(PolicyDecisionKind.Denied, exception.Decision?.Kind);
    }

    [Fact]
    public void Enforce_InvalidScope_ThrowsWithDecision()
    {
        var exception = Assert.Throws<PolicyNotAuthorizedException>(
            () => ScopedEnforcer("system").Enforce("compute:servers:index", ProjectMember, Target()));

        Assert.Equal(PolicyDecisionKind.InvalidScope, exception.Decision?.Kind);
    }

    [Fact]
    public void Enforce_Allowed_DoesNotThrow()
    {
        Enforcer(("r", "project_id:%(project_id)s")).Enforce("r", ProjectMember, Target(("project_id", "p1")));
    }

    [Fact]
    public void TokenScope_FollowsOsloOrder()
    {
        Assert.Equal("system", new PolicyCredentials { SystemScope = "all", DomainId = "d", ProjectId = "p" }.TokenScope);
        Assert.Equal("domain", new PolicyCredentials { DomainId = "d" }.TokenScope);
        Assert.Equal("project", new PolicyCredentials { ProjectId = "p" }.TokenScope);
        Assert.Equal("project", new PolicyCredentials().TokenScope);
    }

    [Fact]
    public void RuleDefault_UnknownScopeType_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PolicyRuleDefault("r", "@", scopeTypes: ["tenant"]));
        Assert.Throws<ArgumentException>(() => new PolicyRuleDefault("r", "@", scopeTypes: ["system", "system"]));
        Assert.Throws<ArgumentException>(() => new PolicyRuleDefault("r", "@", operations: [new PolicyOperation("", "/x")]));
    }

    [Fact]
    public async Task Authorize_ManyThreads_AgreeWithSingleThread()
    {
        var enforcer = Enforcer(("base", "role:member and project_id:%(project_id)s"), ("r", "rule:base or role:admin"));
        var target = Target(("project_id", "p1"));

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            Enumerable.Range(0, 500).All(_ => enforcer.Authorize("r", i % 2 == 0 ? ProjectMember : DomainAdmin, target).IsAllowed))));

        Assert.All(results, Assert.True);
    }
}
