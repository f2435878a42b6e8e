using System.Text;
using SharpStack.Common.Policy;

namespace SharpStack.Common.Tests.Policy;

// Expected values are what PyYAML's safe_load (which oslo.policy uses) returns for the same text.
public class PolicyFileYamlTests
{
    [Fact]
    public void Parse_ScalarStyles_ReadAsPyYamlDoes()
    {
        const string Yaml = """
            plain: role:admin or role:reader
            single: 'role:admin and project_id:%(project_id)s'
            double: "role:admin\tor \u00e9"
            folded: >
              role:admin or
              role:manager

              and not role:guest
            stripped: >-
              role:admin
              or role:member
            literal: |
              role:admin or
              role:reader
            plain_multi: role:reader
              and project_id:%(project_id)s
            # a comment
            "commented": "@" # trailing comment
            """;

        var rules = PolicyFile.Parse(Yaml);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["plain"] = "role:admin or role:reader",
                ["single"] = "role:admin and project_id:%(project_id)s",
                ["double"] = "role:admin\tor \u00e9",
                ["folded"] = "role:admin or role:manager\nand not role:guest\n",
                ["stripped"] = "role:admin or role:member",
                ["literal"] = "role:admin or\nrole:reader\n",
                ["plain_multi"] = "role:reader and project_id:%(project_id)s",
                ["commented"] = "@",
            },
            rules);
    }

    [Fact]
    public void FromPolicyFile_FoldedCheckString_IsEnforced()
    {
        var defaults = new[] { new PolicyRuleDefault("identity:get_user", "role:admin") };

        var enforcer = PolicyEnforcer.FromPolicyFile(defaults, "identity:get_user: >\n  role:admin or\n  role:reader\n");

        Assert.Empty(enforcer.Warnings);
        Assert.True(enforcer.Authorize("identity:get_user", new PolicyCredentials { Roles = ["reader"] }).IsAllowed);
    }

    [Fact]
    public void Parse_DuplicateKey_LastWins()
    {
        var rules = PolicyFile.Parse("a: role:admin\nb: x\na: role:reader\n");

        Assert.Equal(new Dictionary<string, string> { ["a"] = "role:reader", ["b"] = "x" }, rules);
    }

    [Fact]
    public void Parse_AnchorsAndAliases_ResolveToTheAnchoredString()
    {
        const string Yaml = """
            base: &admin role:admin or role:manager
            identity:get_user: *admin
            *admin : "is a key"
            empty: &nothing
            also_empty: *nothing
            """;

        var rules = PolicyFile.Parse(Yaml);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["base"] = "role:admin or role:manager",
                ["identity:get_user"] = "role:admin or role:manager",
                ["role:admin or role:manager"] = "is a key",
                ["empty"] = "",
                ["also_empty"] = "",
            },
            rules);
    }

    [Theory]
    [InlineData("a: 1e3", "1e3")]
    [InlineData("a: 0o17", "0o17")]
    [InlineData("a: y", "y")]
    [InlineData("a: -.5", "-.5")]
    [InlineData("a: 0.1.2", "0.1.2")]
    [InlineData("a: 2001-12-14x", "2001-12-14x")]
    [InlineData("a: !!str 1", "1")]
    [InlineData("a: '1'", "1")]
    [InlineData("a: \"yes\"", "yes")]
    [InlineData("\uFEFFa: x", "x")]
    public void Parse_ScalarThatPyYamlKeepsAsString_IsACheckString(string yaml, string expected)
    {
        Assert.Equal(expected, PolicyFile.Parse(yaml)["a"]);
    }

    [Theory]
    [InlineData("a: yes", "bool")]
    [InlineData("a: On", "bool")]
    [InlineData("a: 0x1F", "int")]
    [InlineData("a: 017", "int")]
    [InlineData("a: 0b101", "int")]
    [InlineData("a: 1_000", "int")]
    [InlineData("a: 12:30", "int")]
    [InlineData("a: 1.5", "float")]
    [InlineData("a: .inf", "float")]
    [InlineData("a: 2001-12-14", "timestamp")]
    [InlineData("a: 2001-12-14 21:59:43.10 -5", "timestamp")]
    [InlineData("a: <<", "merge key")]
    [InlineData("a: =", "value key")]
    [InlineData("a: !!int 1", "tag:yaml.org,2002:int")]
    [InlineData("a: !!binary aGk=", "tag:yaml.org,2002:binary")]
    [InlineData("a: !custom x", "!custom")]
    public void Parse_ScalarThatIsNotAString_ThrowsNamingRuleAndType(string yaml, string type)
    {
        var e = Assert.Throws<PolicyFileFormatException>(() => PolicyFile.Parse(yaml));

        Assert.StartsWith("Policy file line 1, column 4: the value of \"a\"", e.Message, StringComparison.Ordinal);
        Assert.Contains(type, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ok: x\nrule: [role:admin]", "Policy file line 2, column 7: the value of \"rule\" must be a check string, not a list.")]
    [InlineData("rule:\n  - role:admin", "Policy file line 2, column 3: the value of \"rule\" must be a check string, not a list.")]
    [InlineData("rule:\n  nested: role:admin", "Policy file line 2, column 3: the value of \"rule\" must be a check string, not a mapping.")]
    [InlineData("list: &l [x]\nrule: *l", "Policy file line 1, column 7: the value of \"list\" must be a check string, not a list.")]
    [InlineData("rule: *missing", "Policy file line 1, column 7: the value of \"rule\" refers to *missing, which is not an anchored string.")]
    [InlineData("? [a]\n: x", "Policy file line 1, column 3: a rule name must be a check string, not a list.")]
    [InlineData("1: x", "Policy file line 1, column 1: a rule name '1' reads as a YAML int, not a check string; quote it.")]
    [InlineData("~: x", "Policy file line 1, column 1: a rule name must be a string, not null.")]
    [InlineData("- role:admin", "Policy file line 1, column 1: the file must be a mapping of rule names to check strings.")]
    [InlineData("role:admin", "Policy file line 1, column 1: the file must be a mapping of rule names to check strings.")]
    [InlineData("a: x\n---\nb: y", "Policy file line 2, column 1: expected a single document, but found another.")]
    public void Parse_NotAMappingOfStrings_ThrowsWhere(string yaml, string message)
    {
        var e = Assert.Throws<PolicyFileFormatException>(() => PolicyFile.Parse(yaml));

        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData("\"a\": \"unterminated\n", 1)]
    [InlineData("a: \"x\" trailing", 1)]
    [InlineData("a: b\n  c: d", 2)]
    [InlineData("a: @", 1)]
    [InlineData("a: b: c", 1)]
    public void Parse_InvalidYaml_ThrowsWithLine(string yaml, int line)
    {
        var e = Assert.Throws<PolicyFileFormatException>(() => PolicyFile.Parse(yaml));

        Assert.StartsWith($"Policy file line {line}, column ", e.Message, StringComparison.Ordinal);
        Assert.Contains(": not valid YAML: ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\n")]
    [InlineData("~\n")]
    [InlineData("--- # nothing yet\n...\n")]
    public void Parse_NullDocument_IsEmpty(string yaml)
    {
        Assert.Empty(PolicyFile.Parse(yaml));
    }

    [Fact]
    public async Task Parse_BillionLaughs_IsRefusedAtTheFirstList()
    {
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append(level).Append(": &").Append(level).Append(" [")
                .AppendJoin(',', Enumerable.Repeat($"*{previous}", 9)).Append("]\n");
        }

        var parse = Task.Run(() => Record.Exception(() => PolicyFile.Parse(bomb.ToString())));

        var e = Assert.IsType<PolicyFileFormatException>(await parse.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("Policy file line 1, column 4: the value of \"a\" must be a check string, not a list.", e.Message);
    }

    [Fact]
    public async Task Parse_ManyAliasesOfOneString_AreNotExpanded()
    {
        var yaml = new StringBuilder("base: &b role:admin\n");
        for (var i = 0; i < 100_000; i++)
        {
            yaml.Append("rule").Append(i).Append(": *b\n");
        }

        var rules = await Task.Run(() => PolicyFile.Parse(yaml.ToString())).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(100_001, rules.Count);
        Assert.Same(rules["base"], rules["rule99999"]);
    }
}
