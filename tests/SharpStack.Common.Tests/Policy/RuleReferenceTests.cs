using SharpStack.Common.Policy;
using static SharpStack.Common.Tests.Policy.PolicyTestRules;

namespace SharpStack.Common.Tests.Policy;

public class RuleReferenceTests
{
    private static readonly PolicyCredentials Admin = new() { Roles = ["admin"] };

    [Fact]
    public void Evaluate_RuleReference_UsesReferencedRule()
    {
        var enforcer = Enforcer(("admin_required", "role:admin"), ("r", "rule:admin_required"));

        Assert.True(enforcer.Authorize("r", Admin).IsAllowed);
        Assert.False(enforcer.Authorize("r", new PolicyCredentials { Roles = ["member"] }).IsAllowed);
    }

    [Fact]
    public void Evaluate_UnknownRuleReference_DeniesAndWarns()
    {
        var enforcer = Enforcer(("r", "rule:missing or role:member"));

        Assert.False(enforcer.Authorize("r", Admin).IsAllowed);
        Assert.True(enforcer.Authorize("r", new PolicyCredentials { Roles = ["member"] }).IsAllowed);
        var warning = Assert.Single(enforcer.Warnings);
        Assert.Equal(PolicyWarningKind.UndefinedReference, warning.Kind);
        Assert.Contains("rule:missing", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReferenceCycle_IsDetectedAndDenies()
    {
        var enforcer = Enforcer(("a", "rule:b or role:admin"), ("b", "rule:a"), ("c", "not rule:a"), ("d", "role:admin"));

        Assert.Equal(
            ["a", "b", "c"],
            enforcer.Warnings.Where(w => w.Kind == PolicyWarningKind.CyclicReference).Select(w => w.RuleName));
        Assert.False(enforcer.Authorize("a", Admin).IsAllowed);
        Assert.False(enforcer.Authorize("b", Admin).IsAllowed);
        Assert.False(enforcer.Authorize("c", Admin).IsAllowed);
        Assert.True(enforcer.Authorize("d", Admin).IsAllowed);
    }

    [Fact]
    public void Load_SelfReference_IsDetected()
    {
        var enforcer = Enforcer(("a", "rule:a"));

        Assert.Equal(PolicyWarningKind.CyclicReference, Assert.Single(enforcer.Warnings).Kind);
        Assert.False(enforcer.Authorize("a", Admin).IsAllowed);
    }

    [Fact]
    public void Load_SharedReferenceWithoutCycle_IsNotACycle()
    {
        var enforcer = Enforcer(("base", "role:admin"), ("x", "rule:base and rule:base"), ("y", "rule:x or rule:base"));

        Assert.Empty(enforcer.Warnings);
        Assert.True(enforcer.Authorize("y", Admin).IsAllowed);
    }
}
