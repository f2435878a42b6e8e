using System.Net;
using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>A project's or domain's change and the revocations it causes commit together: when one fails, nothing changed.</summary>
public sealed class FailedResourceWriteTests(FailingWritesCloud cloud) : IClassFixture<FailingWritesCloud>
{
    [Fact]
    public async Task DeleteProject_RevocationFails_ProjectGrantAndTokenKept()
    {
        var projectId = await NewProjectAsync();
        var (userId, token) = await cloud.ProjectUserAsync(projectId);

        await cloud.FailAsync(HttpMethod.Delete, $"v3/projects/{projectId}");

        await cloud.Admin.SendAsync(HttpMethod.Get, $"v3/projects/{projectId}");
        await cloud.Admin.SendAsync(HttpMethod.Head, $"v3/projects/{projectId}/users/{userId}/roles/{await cloud.Admin.RoleIdAsync("member")}");
        Assert.Equal(HttpStatusCode.OK, await cloud.ValidateAsync(token));
    }

    [Fact]
    public async Task UpdateProject_DisablingRevocationFails_ProjectStaysEnabledWithItsTokens()
    {
        var projectId = await NewProjectAsync();
        var (_, token) = await cloud.ProjectUserAsync(projectId);

        await cloud.FailAsync(HttpMethod.Patch, $"v3/projects/{projectId}", """{"project": {"enabled": false, "description": "changed"}}""");

        var project = (await cloud.Admin.SendAsync(HttpMethod.Get, $"v3/projects/{projectId}"))!["project"]!;
        Assert.True(project["enabled"]!.GetValue<bool>());
        Assert.Equal("", project["description"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, await cloud.ValidateAsync(token));
    }

    [Fact]
    public async Task UpdateDomain_DisablingRevocationFails_DomainStaysEnabledWithItsTokens()
    {
        var domainId = await NewDomainAsync();
        var (_, token) = await cloud.DomainUserAsync(domainId);

        await cloud.FailAsync(HttpMethod.Patch, $"v3/domains/{domainId}", """{"domain": {"enabled": false}}""");

        Assert.True((await cloud.Admin.SendAsync(HttpMethod.Get, $"v3/domains/{domainId}"))!["domain"]!["enabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, await cloud.ValidateAsync(token));
    }

    [Fact]
    public async Task DeleteDomain_UserRevocationFailsAfterDomainRevocation_DomainUsersAndEventsKept()
    {
        var domainId = await NewDomainAsync();
        var (userId, _) = await cloud.NewUserAsync(domainId);
        await cloud.Admin.SendAsync(HttpMethod.Patch, $"v3/domains/{domainId}", JsonNode.Parse("""{"domain": {"enabled": false}}"""));
        var revocations = await cloud.RevocationCountAsync();

        await cloud.FailAsync(HttpMethod.Delete, $"v3/domains/{domainId}", skip: 1);

        await cloud.Admin.SendAsync(HttpMethod.Get, $"v3/domains/{domainId}");
        await cloud.Admin.SendAsync(HttpMethod.Get, $"v3/users/{userId}");
        Assert.Equal(revocations, await cloud.RevocationCountAsync());
    }

    private Task<string> NewProjectAsync() =>
        cloud.Admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = "p-" + Guid.NewGuid().ToString("N")[..12] });

    private Task<string> NewDomainAsync() =>
        cloud.Admin.CreateAsync("v3/domains", "domain", new JsonObject { ["name"] = "d-" + Guid.NewGuid().ToString("N")[..12] });
}
