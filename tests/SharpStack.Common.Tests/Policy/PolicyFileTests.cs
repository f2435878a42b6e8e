using SharpStack.Common.Policy;

namespace SharpStack.Common.Tests.Policy;

public class PolicyFileTests
{
    private static readonly PolicyRuleDefault[] Defaults =
    [
        new("admin_required", "role:admin"),
        new("identity:get_user", "rule:admin_required"),
    ];

    [Fact]
    public void Parse_Yaml_ReadsQuotedAndPlainEntriesAndComments()
    {
        const string Yaml = """
            # Generated sample, edited.
            ---
            "identity:get_user": "rule:admin_required or user_id:%(target.user.id)s"  # owners too
            'identity:list_users': 'role:reader and system_scope:all'
            identity:create_user: role:admin or role:manager # a comment
            #"identity:delete_user": "rule:admin_required"

            "escaped": "a \"b\" \\ c"
            'doubled': 'it''s'
            "empty": ""
            empty_plain:
            "null_plain": ~
            """;

        var rules = PolicyFile.Parse(Yaml);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["identity:get_user"] = "rule:admin_required or user_id:%(target.user.id)s",
                ["identity:list_users"] = "role:reader and system_scope:all",
                ["identity:create_user"] = "role:admin or role:manager",
                ["escaped"] = "a \"b\" \\ c",
                ["doubled"] = "it's",
                ["empty"] = "",
                ["empty_plain"] = "",
                ["null_plain"] = "",
            },
            rules);
    }

    [Fact]
    public void Parse_YamlContinuationLines_AreFolded()
    {
        const string Yaml = """
            "long": "role:admin or
              role:manager"
            plain: role:reader
              and project_id:%(project_id)s
            """;

        var rules = PolicyFile.Parse(Yaml);

        Assert.Equal("role:admin or role:manager", rules["long"]);
        Assert.Equal("role:reader and project_id:%(project_id)s", rules["plain"]);
    }

    [Fact]
    public void Parse_OnlyComments_IsEmpty()
    {
        Assert.Empty(PolicyFile.Parse("# nothing\n#\"a\": \"@\"\n"));
        Assert.Empty(PolicyFile.Parse(string.Empty));
        Assert.Empty(PolicyFile.Parse("{}"));
    }

    [Fact]
    public void Parse_Json_ReadsObject()
    {
        var rules = PolicyFile.Parse("""
            {
                "identity:get_user": "role:admin",
                "open": ""
            }
            """);

        Assert.Equal("role:admin", rules["identity:get_user"]);
        Assert.Equal("", rules["open"]);
    }

    [Theory]
    [InlineData("\"a\": [\"role:admin\"]")]
    [InlineData("a:\n  b: role:admin")]
    [InlineData("a: @")]
    [InlineData("a: !")]
    [InlineData("a: true")]
    [InlineData("a: 1")]
    [InlineData("\"a\": \"unterminated")]
    [InlineData("\"a\" \"b\"")]
    [InlineData("- role:admin")]
    [InlineData("\"a\": \"x\" trailing")]
    [InlineData("{\"a\": [\"role:admin\"]}")]
    [InlineData("{\"a\": \"b\"")]
    public void Parse_NotAFlatMapping_Throws(string content)
    {
        Assert.Throws<PolicyFileFormatException>(() => PolicyFile.Parse(content));
    }

    [Fact]
    public void FromPolicyFile_YamlOverride_ReplacesDefault()
    {
        var enforcer = PolicyEnforcer.FromPolicyFile(Defaults, "\"identity:get_user\": \"role:reader\"\n");
        var reader = new PolicyCredentials { Roles = ["reader"] };

        Assert.True(enforcer.Authorize("identity:get_user", reader).IsAllowed);
        Assert.Equal("role:reader", enforcer.DescribeRule("identity:get_user"));
        Assert.Empty(enforcer.Warnings);
    }

    [Fact]
    public void FromPolicyFile_JsonOverrideOfBaseRule_AffectsReferencingRules()
    {
        var enforcer = PolicyEnforcer.FromPolicyFile(Defaults, """{"admin_required": "role:admin or role:operator"}""");

        Assert.True(enforcer.Authorize("identity:get_user", new PolicyCredentials { Roles = ["operator"] }).IsAllowed);
    }

    [Fact]
    public void FromPolicyFile_UnknownRule_IsKeptAndReported()
    {
        var enforcer = PolicyEnforcer.FromPolicyFile(Defaults, """
            "custom_admin": "role:cloud_admin"
            "identity:get_user": "rule:custom_admin"
            """);

        var warning = Assert.Single(enforcer.Warnings);
        Assert.Equal(PolicyWarningKind.UnknownRuleInFile, warning.Kind);
        Assert.Equal("custom_admin", warning.RuleName);
        Assert.True(enforcer.Authorize("identity:get_user", new PolicyCredentials { Roles = ["cloud_admin"] }).IsAllowed);
        Assert.Throws<PolicyNotRegisteredException>(() => enforcer.Authorize("custom_admin", new PolicyCredentials()));
    }

    [Fact]
    public void FromPolicyFile_MalformedOverride_DeniesAndReports()
    {
        var enforcer = PolicyEnforcer.FromPolicyFile(Defaults, "\"identity:get_user\": \"role:admin or\"\n");

        Assert.Equal(PolicyWarningKind.MalformedRule, Assert.Single(enforcer.Warnings).Kind);
        Assert.False(enforcer.Authorize("identity:get_user", new PolicyCredentials { Roles = ["admin"] }).IsAllowed);
    }

    [Fact]
    public void FromPolicyFile_OverrideKeepsRegisteredScopeTypes()
    {
        var defaults = new[] { new PolicyRuleDefault("r", "role:admin", scopeTypes: [PolicyScopeTypes.System]) };

        var enforcer = PolicyEnforcer.FromPolicyFile(defaults, "r: \"@\"");

        Assert.Equal(PolicyDecisionKind.InvalidScope, enforcer.Authorize("r", new PolicyCredentials { ProjectId = "p" }).Kind);
    }

    [Fact]
    public async Task ReadAsync_File_ParsesIt()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, "\"a\": \"role:admin\"\n", CancellationToken.None);

            var rules = await PolicyFile.ReadAsync(path, CancellationToken.None);

            Assert.Equal("role:admin", rules["a"]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
