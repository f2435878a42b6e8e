using SharpStack.Common.Policy;

namespace SharpStack.Common.Tests.Policy;

public class PolicySampleGeneratorTests
{
    [Fact]
    public void Generate_DocumentedRule_PrintsLikeOsloSampleGenerator()
    {
        var rule = new PolicyRuleDefault(
            "os_compute_api:servers:index",
            "rule:project_reader_or_admin",
            "List all servers",
            [PolicyScopeTypes.Project],
            [new PolicyOperation("GET", "/servers")]);

        var sample = PolicySampleGenerator.Generate([rule]);

        Assert.Equal(
            "# List all servers\n"
            + "# GET  /servers\n"
            + "# Intended scope(s): project\n"
            + "#\"os_compute_api:servers:index\": \"rule:project_reader_or_admin\"\n"
            + "\n",
            sample);
    }

    [Fact]
    public void Generate_BareRule_PrintsOnlyTheRule()
    {
        var sample = PolicySampleGenerator.Generate([new PolicyRuleDefault("admin_api", "role:admin")]);

        Assert.Equal("#\"admin_api\": \"role:admin\"\n\n", sample);
    }

    [Fact]
    public void Generate_SeveralOperationsAndScopes_ListsEach()
    {
        var rule = new PolicyRuleDefault(
            "identity:get_user",
            "@",
            "Show user details.",
            [PolicyScopeTypes.System, PolicyScopeTypes.Domain, PolicyScopeTypes.Project],
            [new PolicyOperation("GET", "/v3/users/{user_id}"), new PolicyOperation("HEAD", "/v3/users/{user_id}")]);

        var sample = PolicySampleGenerator.Generate([rule]);

        Assert.Equal(
            "# Show user details.\n"
            + "# GET  /v3/users/{user_id}\n"
            + "# HEAD  /v3/users/{user_id}\n"
            + "# Intended scope(s): system, domain, project\n"
            + "#\"identity:get_user\": \"@\"\n\n",
            sample);
    }

    [Fact]
    public void Generate_LongDescription_WrapsAtSeventyColumnsAndKeepsParagraphsAndLiterals()
    {
        const string Description = """
            Shelve a server. This operation moves the server off its host so that the resources it holds are released.

            Example:
                openstack server shelve NAME
            """;

        var sample = PolicySampleGenerator.Generate([new PolicyRuleDefault("shelve", "@", Description)]);

        Assert.Equal(
            "# Shelve a server. This operation moves the server off its host so\n"
            + "# that the resources it holds are released.\n"
            + "#\n"
            + "# Example:\n"
            + "#\n"
            + "#     openstack server shelve NAME\n"
            + "#\"shelve\": \"@\"\n\n",
            sample);
        Assert.All(sample.Split('\n'), line => Assert.True(line.Length <= 70, line));
    }

    [Fact]
    public void Generate_Sample_ParsesBackAsEmptyPolicyFile()
    {
        var sample = PolicySampleGenerator.Generate(PolicyBaseRules.Defaults);

        Assert.Empty(PolicyFile.Parse(sample));
    }

    [Fact]
    public void Generate_SampleUncommented_OverridesNothing()
    {
        var sample = PolicySampleGenerator.Generate(PolicyBaseRules.Defaults);
        var uncommented = string.Join('\n', sample.Split('\n').Select(l => l.StartsWith("#\"", StringComparison.Ordinal) ? l[1..] : l));

        var enforcer = PolicyEnforcer.FromPolicyFile(PolicyBaseRules.Defaults, uncommented);

        Assert.Empty(enforcer.Warnings);
        Assert.All(PolicyBaseRules.Defaults, d => Assert.Equal(
            new PolicyEnforcer(PolicyBaseRules.Defaults).DescribeRule(d.Name), enforcer.DescribeRule(d.Name)));
    }
}
