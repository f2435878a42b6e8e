using SharpStack.Identity.Tests.Assignments;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>A list under a parent that does not exist answers 404 where Keystone looks the parent up first.</summary>
public sealed class MissingParentListTests(AssignmentsCloud server) : IClassFixture<AssignmentsCloud>
{
    [Theory]
    [InlineData("/v3/users/{missing}/groups", "user")]
    [InlineData("/v3/users/{missing}/projects", "user")]
    [InlineData("/v3/groups/{missing}/users", "group")]
    [InlineData("/v3/projects/{missing}/tags", "project")]
    [InlineData("/v3/OS-EP-FILTER/projects/{missing}/endpoints", "project")]
    [InlineData("/v3/OS-EP-FILTER/projects/{missing}/endpoint_groups", "project")]
    [InlineData("/v3/OS-EP-FILTER/endpoints/{missing}/projects", "endpoint")]
    [InlineData("/v3/OS-EP-FILTER/endpoint_groups/{missing}/endpoints", "Endpoint Group")]
    [InlineData("/v3/projects/{missing}/users/{member}/roles", "project")]
    [InlineData("/v3/projects/{missing}/groups/{group}/roles", "project")]
    [InlineData("/v3/domains/{missing}/users/{member}/roles", "domain")]
    [InlineData("/v3/domains/{missing}/groups/{group}/roles", "domain")]
    [InlineData("/v3/projects/{project}/users/{missing}/roles", "user")]
    [InlineData("/v3/projects/{project}/groups/{missing}/roles", "group")]
    [InlineData("/v3/domains/{domain}/users/{missing}/roles", "user")]
    [InlineData("/v3/OS-INHERIT/domains/{missing}/users/{member}/roles/inherited_to_projects", "domain")]
    [InlineData("/v3/OS-INHERIT/domains/{domain}/groups/{missing}/roles/inherited_to_projects", "group")]
    public async Task List_UnderMissingParent_NotFound(string template, string kind)
    {
        var missing = Guid.NewGuid().ToString("N");
        var group = await server.Admin.CreateAsync("v3/groups", "group", new System.Text.Json.Nodes.JsonObject { ["name"] = "g" + missing[..8], ["domain_id"] = server.DomainId });
        var path = template.Replace("{missing}", missing, StringComparison.Ordinal)
            .Replace("{member}", server.MemberUserId, StringComparison.Ordinal)
            .Replace("{group}", group, StringComparison.Ordinal)
            .Replace("{project}", server.ProjectId, StringComparison.Ordinal)
            .Replace("{domain}", server.DomainId, StringComparison.Ordinal);

        var (status, error) = await server.SendAsync(HttpMethod.Get, path);

        Assert.Equal(404, status);
        Assert.Equal($"Could not find {kind}: {missing}.", error!["error"]!["message"]!.GetValue<string>());
    }
}
