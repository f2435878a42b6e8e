using SharpStack.Common.Policy;
using static SharpStack.Common.Tests.Policy.PolicyTestRules;

namespace SharpStack.Common.Tests.Policy;

public class PolicyRuleParserTests
{
    [Theory]
    [InlineData("role:a or role:b and role:c", "(role:a or (role:b and role:c))")]
    [InlineData("role:a and role:b or role:c", "((role:a and role:b) or role:c)")]
    [InlineData("role:a and role:b and role:c", "(role:a and role:b and role:c)")]
    [InlineData("role:a or role:b or role:c", "(role:a or role:b or role:c)")]
    [InlineData("role:a or role:b and role:c and role:d", "(role:a or (role:b and role:c and role:d))")]
    [InlineData("role:a or role:b and role:c or role:d", "(role:a or (role:b and role:c) or role:d)")]
    [InlineData("role:a or (role:b and role:c) and role:d", "(role:a or (role:b and role:c and role:d))")]
    [InlineData("role:a or (role:b or role:c) and role:d", "(role:a or ((role:b or role:c) and role:d))")]
    [InlineData("not role:a and role:b", "(not role:a and role:b)")]
    [InlineData("role:a and not role:b", "(role:a and not role:b)")]
    [InlineData("not not role:a", "not not role:a")]
    [InlineData("(role:a or role:b) and role:c", "((role:a or role:b) and role:c)")]
    [InlineData("role:a and (role:b or role:c)", "(role:a and (role:b or role:c))")]
    [InlineData("not (role:a or role:b)", "not (role:a or role:b)")]
    [InlineData("((role:a))", "role:a")]
    [InlineData("( role:a )", "role:a")]
    [InlineData("role:a AND role:b Or NOT role:c", "((role:a and role:b) or not role:c)")]
    [InlineData("project_id:%(project_id)s", "project_id:%(project_id)s")]
    [InlineData("(project_id:%(project_id)s)", "project_id:%(project_id)s")]
    [InlineData("role:compute:admin", "role:compute:admin")]
    [InlineData("@", "@")]
    [InlineData("!", "!")]
    [InlineData("", "@")]
    public void Parse_CheckString_HasOsloStructure(string checkString, string expected)
    {
        Assert.Equal(expected, Describe(checkString));
    }

    [Theory]
    [InlineData("role:a or")]
    [InlineData("and role:a")]
    [InlineData("(role:a")]
    [InlineData("role:a)")]
    [InlineData("role:a role:b")]
    [InlineData("'quoted'")]
    [InlineData("not")]
    [InlineData("   ")]
    public void Parse_Unparseable_DeniesAndWarns(string checkString)
    {
        var enforcer = Enforcer(("r", checkString));

        Assert.Equal("!", enforcer.DescribeRule("r"));
        var warning = Assert.Single(enforcer.Warnings);
        Assert.Equal(PolicyWarningKind.MalformedRule, warning.Kind);
        Assert.Equal("r", warning.RuleName);
        Assert.False(enforcer.Authorize("r", new PolicyCredentials { Roles = ["a", "b"] }).IsAllowed);
    }

    [Fact]
    public void Parse_CheckWithoutColon_BecomesNeverButRestOfRuleStands()
    {
        var enforcer = Enforcer(("r", "admin or role:b"));

        Assert.Equal("(! or role:b)", enforcer.DescribeRule("r"));
        Assert.Equal(PolicyWarningKind.MalformedRule, Assert.Single(enforcer.Warnings).Kind);
        Assert.True(enforcer.Authorize("r", new PolicyCredentials { Roles = ["b"] }).IsAllowed);
    }

    [Theory]
    [InlineData("http://policy.example/check")]
    [InlineData("https://policy.example/check")]
    public void Parse_RemoteCheck_IsUnsupportedAndDenies(string checkString)
    {
        var enforcer = Enforcer(("r", $"role:a or {checkString}"));

        Assert.Equal(PolicyWarningKind.UnsupportedCheck, Assert.Single(enforcer.Warnings).Kind);
        Assert.Equal("(role:a or !)", enforcer.DescribeRule("r"));
    }

    [Theory]
    [InlineData("project_id:%(project_id)d")]
    [InlineData("project_id:100%")]
    [InlineData("project_id:%(project_id")]
    public void Parse_BadSubstitution_DeniesAndWarns(string checkString)
    {
        var enforcer = Enforcer(("r", checkString));

        Assert.Equal("!", enforcer.DescribeRule("r"));
        Assert.Equal(PolicyWarningKind.MalformedRule, Assert.Single(enforcer.Warnings).Kind);
    }

    [Fact]
    public void Parse_WellFormedRules_HaveNoWarnings()
    {
        var enforcer = new PolicyEnforcer(PolicyBaseRules.Defaults);

        Assert.Empty(enforcer.Warnings);
    }
}
