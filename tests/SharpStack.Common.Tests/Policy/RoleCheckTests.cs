using SharpStack.Common.Policy;
using static SharpStack.Common.Tests.Policy.PolicyTestRules;

namespace SharpStack.Common.Tests.Policy;

public class RoleCheckTests
{
    [Theory]
    [InlineData("role:admin", true)]
    [InlineData("role:ADMIN", true)]
    [InlineData("role:Admin", true)]
    [InlineData("role:member", false)]
    public void Evaluate_Role_IsCaseInsensitive(string checkString, bool expected)
    {
        Assert.Equal(expected, Allows(checkString, new PolicyCredentials { Roles = ["Admin"] }));
    }

    [Fact]
    public void Evaluate_NoRoles_Denied()
    {
        Assert.False(Allows("role:admin", new PolicyCredentials()));
    }

    [Fact]
    public void Evaluate_RoleFromTarget_IsSubstituted()
    {
        var credentials = new PolicyCredentials { Roles = ["creator"] };

        Assert.True(Allows("role:%(required_role)s", credentials, Target(("required_role", "Creator"))));
        Assert.False(Allows("role:%(required_role)s", credentials, Target(("required_role", "reader"))));
    }

    [Fact]
    public void Evaluate_AlwaysAndNever_IgnoreCredentials()
    {
        Assert.True(Allows("@", new PolicyCredentials()));
        Assert.True(Allows("", new PolicyCredentials()));
        Assert.False(Allows("!", new PolicyCredentials { Roles = ["admin"] }));
    }

    [Theory]
    [InlineData("role:a and role:b", true)]
    [InlineData("role:a and role:c", false)]
    [InlineData("role:c or role:b", true)]
    [InlineData("role:c or role:d", false)]
    [InlineData("not role:c", true)]
    [InlineData("not role:a", false)]
    [InlineData("role:c or role:a and role:b", true)]
    [InlineData("(role:c or role:a) and role:d", false)]
    [InlineData("role:c or not role:d and role:a", true)]
    public void Evaluate_Operators_CombineChecks(string checkString, bool expected)
    {
        Assert.Equal(expected, Allows(checkString, new PolicyCredentials { Roles = ["a", "b"] }));
    }
}
