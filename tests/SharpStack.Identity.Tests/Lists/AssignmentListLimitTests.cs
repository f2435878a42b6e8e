using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Ec2Credentials;

namespace SharpStack.Identity.Tests.Lists;

public sealed class AssignmentListLimitTests(AssignmentListLimitCloud server) : IClassFixture<AssignmentListLimitCloud>
{
    [Fact]
    public async Task ListProjects_DeprecatedAssignmentLimit_LimitsProjectsButNotRoles()
    {
        await server.Admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = "second", ["domain_id"] = "default" });

        var (_, projects) = await server.CallAsync(HttpMethod.Get, "/v3/projects", server.Admin.Token);
        var (_, roles) = await server.CallAsync(HttpMethod.Get, "/v3/roles", server.Admin.Token);

        Assert.Single(projects!["projects"]!.AsArray());
        Assert.True(projects["truncated"]!.GetValue<bool>());
        Assert.True(roles!["roles"]!.AsArray().Count > 1);
        Assert.False(roles.AsObject().ContainsKey("truncated"));
    }
}
