using SharpStack.Common.Policy;

namespace SharpStack.Common.Tests.Policy;

public class PolicyAllocationTests
{
    [Fact]
    public void Authorize_ParsedRule_DoesNotAllocate()
    {
        var enforcer = new PolicyEnforcer(
        [
            .. PolicyBaseRules.Defaults,
            new PolicyRuleDefault("r", PolicyBaseRules.RuleProjectMemberOrAdmin, scopeTypes: [PolicyScopeTypes.Project]),
        ]);
        var credentials = new PolicyCredentials { ProjectId = "p1", Roles = ["reader", "member"] };
        var target = new Dictionary<string, object?> { ["project_id"] = "p1" };
        enforcer.Authorize("r", credentials, target);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var decision = enforcer.Authorize("r", credentials, target);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(decision.IsAllowed);
        Assert.Equal(0, allocated);
    }
}
