using System.Text.Json;
using SharpStack.Common.Policy;
using static SharpStack.Common.Tests.Policy.PolicyTestRules;

namespace SharpStack.Common.Tests.Policy;

public class GenericCheckTests
{
    private static readonly PolicyCredentials Alice = new()
    {
        UserId = "alice",
        UserDomainId = "default",
        ProjectId = "p1",
        ProjectDomainId = "default",
        Roles = ["member", "reader"],
    };

    [Theory]
    [InlineData("user_id:alice", true)]
    [InlineData("user_id:bob", false)]
    [InlineData("user_id:Alice", false)]
    [InlineData("project_id:p1", true)]
    [InlineData("user_domain_id:default", true)]
    [InlineData("project_domain_id:default", true)]
    [InlineData("roles:member", true)]
    [InlineData("roles:admin", false)]
    [InlineData("is_admin_project:True", true)]
    [InlineData("domain_id:None", true)]
    [InlineData("no_such_attribute:x", false)]
    public void Evaluate_LiteralMatch_ComparesCredentialAttribute(string checkString, bool expected)
    {
        Assert.Equal(expected, Allows(checkString, Alice));
    }

    [Theory]
    [InlineData("p1", true)]
    [InlineData("p2", false)]
    public void Evaluate_TargetSubstitution_ComparesWithTarget(string projectId, bool expected)
    {
        Assert.Equal(expected, Allows("project_id:%(project_id)s", Alice, Target(("project_id", projectId))));
    }

    [Fact]
    public void Evaluate_MissingTargetKey_IsDeniedNotThrown()
    {
        Assert.False(Allows("project_id:%(project_id)s", Alice, Target(("user_id", "alice"))));
        Assert.False(Allows("role:%(role_name)s", Alice));
    }

    [Fact]
    public void Evaluate_NestedTarget_FollowsDottedPath()
    {
        var target = Target(("target", new Dictionary<string, object?>
        {
            ["user"] = new Dictionary<string, object?> { ["id"] = "alice", ["domain_id"] = "default" },
        }));

        Assert.True(Allows("user_id:%(target.user.id)s", Alice, target));
        Assert.True(Allows("user_domain_id:%(target.user.domain_id)s", Alice, target));
        Assert.False(Allows("user_id:%(target.user.name)s", Alice, target));
        Assert.False(Allows("user_id:%(target.group.id)s", Alice, target));
    }

    [Fact]
    public void Evaluate_FlattenedTargetKey_IsFoundAsKeystonePassesIt()
    {
        Assert.True(Allows("user_id:%(target.user.id)s", Alice, Target(("target.user.id", "alice"))));
    }

    [Fact]
    public void Evaluate_TargetObjectProperties_AreReadBySnakeCaseName()
    {
        var target = Target(("target", new { User = new { Id = "alice", DomainId = "default" } }));

        Assert.True(Allows("user_id:%(target.user.id)s and user_domain_id:%(target.user.domain_id)s", Alice, target));
    }

    [Fact]
    public void Evaluate_TargetJsonElement_IsNavigated()
    {
        var json = JsonDocument.Parse("""{"user": {"id": "alice", "enabled": true}}""").RootElement;
        var target = Target(("target", json));

        Assert.True(Allows("user_id:%(target.user.id)s", Alice, target));
        Assert.True(Allows("True:%(target.user.enabled)s", Alice, target));
    }

    [Fact]
    public void Evaluate_SubstitutionWithinText_RendersWholeMatch()
    {
        var credentials = new PolicyCredentials { Attributes = new Dictionary<string, object?> { ["tag"] = "ns:p1-100%" } };

        Assert.True(Allows("tag:ns:%(project_id)s-100%%", credentials, Target(("project_id", "p1"))));
    }

    [Theory]
    [InlineData("True:%(enabled)s", true, true)]
    [InlineData("True:%(enabled)s", false, false)]
    [InlineData("False:%(enabled)s", false, true)]
    [InlineData("None:%(enabled)s", null, true)]
    [InlineData("'Member':%(role)s", "Member", true)]
    [InlineData("\"Member\":%(role)s", "Member", true)]
    [InlineData("'Member':%(role)s", "member", false)]
    [InlineData("1:%(count)s", 1, true)]
    [InlineData("1:%(count)s", 2, false)]
    public void Evaluate_LiteralKind_ComparesLiteralWithTarget(string checkString, object? value, bool expected)
    {
        var target = Target(("enabled", value), ("role", value), ("count", value));

        Assert.Equal(expected, Allows(checkString, new PolicyCredentials(), target));
    }

    [Fact]
    public void Evaluate_NullOnBothSides_MatchesAsInOslo()
    {
        // Python renders None as "None" on both sides, so an unscoped token matches a target without a project.
        Assert.True(Allows("project_id:%(project_id)s", new PolicyCredentials(), Target(("project_id", null))));
    }

    [Fact]
    public void Evaluate_DottedCredentialAttribute_WalksNestedValues()
    {
        var credentials = new PolicyCredentials
        {
            Attributes = new Dictionary<string, object?>
            {
                ["token"] = new Dictionary<string, object?>
                {
                    ["project"] = new Dictionary<string, object?> { ["domain"] = new Dictionary<string, object?> { ["id"] = "d1" } },
                },
            },
        };

        Assert.True(Allows("token.project.domain.id:%(domain_id)s", credentials, Target(("domain_id", "d1"))));
        Assert.False(Allows("token.project.domain.id:%(domain_id)s", credentials, Target(("domain_id", "d2"))));
        Assert.False(Allows("token.user.id:x", credentials));
    }

    [Fact]
    public void Evaluate_ListInCredentials_MatchesAnyElement()
    {
        var credentials = new PolicyCredentials
        {
            Attributes = new Dictionary<string, object?>
            {
                ["groups"] = new[]
                {
                    new Dictionary<string, object?> { ["id"] = "g1" },
                    new Dictionary<string, object?> { ["id"] = "g2" },
                },
            },
        };

        Assert.True(Allows("groups.id:g2", credentials));
        Assert.False(Allows("groups.id:g3", credentials));
    }

    [Fact]
    public void Evaluate_SystemScope_ReadsSystemScopeAndSystem()
    {
        var system = new PolicyCredentials { SystemScope = "all", Roles = ["admin"] };

        Assert.True(Allows("system_scope:all", system));
        Assert.True(Allows("system:all", system));
        Assert.False(Allows("system_scope:all", Alice));
        Assert.False(Allows("system:all", Alice));
    }

    [Fact]
    public void Evaluate_IsAdminAttribute_ComparesPythonBoolean()
    {
        var admin = new PolicyCredentials { Attributes = new Dictionary<string, object?> { ["is_admin"] = true } };

        Assert.True(Allows("is_admin:True", admin));
        Assert.False(Allows("is_admin:True", Alice));
        Assert.False(Allows("is_admin:true", admin));
    }
}
