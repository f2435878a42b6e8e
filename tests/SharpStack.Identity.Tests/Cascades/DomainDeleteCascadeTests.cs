using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Tests.Hardening;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Cascades;

/// <summary>
/// Deleting a domain deletes its configuration and limits (keystone resource _delete_domain), and what deleting its
/// projects and users deletes, in the same unit of work as the domain.
/// </summary>
public sealed class DomainDeleteCascadeTests(FailingWritesCloud cloud) : IClassFixture<FailingWritesCloud>
{
    [Fact]
    public async Task DeleteDomain_WithDependants_TheirsGoneOtherDomainsKept()
    {
        var endpointId = await cloud.EndpointIdAsync();
        var domain = await NewDomainWithDependantsAsync(endpointId);
        var other = await NewDomainWithDependantsAsync(endpointId);

        await cloud.Admin.SendAsync(HttpMethod.Delete, $"v3/domains/{domain.Id}");

        await cloud.AssertStatusAsync(HttpStatusCode.NotFound, domain.Paths);
        Assert.Equal(0, await ConfigOptionsAsync(domain.Id));
        var (ofEndpoint, ofGroup) = await cloud.AssociatedProjectsAsync(endpointId, domain.GroupId);
        Assert.DoesNotContain(domain.ProjectId, ofEndpoint);
        Assert.DoesNotContain(domain.ProjectId, ofGroup);
        await cloud.AssertStatusAsync(HttpStatusCode.OK, other.Paths);
        Assert.NotEqual(0, await ConfigOptionsAsync(other.Id));
        Assert.Contains(other.ProjectId, (await cloud.AssociatedProjectsAsync(endpointId, other.GroupId)).OfEndpoint);
    }

    [Fact]
    public async Task DeleteDomain_LastRevocationFails_DomainAndDependantsKept()
    {
        var endpointId = await cloud.EndpointIdAsync();
        var domain = await NewDomainWithDependantsAsync(endpointId);
        var revocations = await cloud.RevocationCountAsync();

        // The user's trust, the domain, then the user: the third revocation is the delete's last statement.
        await cloud.FailAsync(HttpMethod.Delete, $"v3/domains/{domain.Id}", skip: 2);

        await cloud.AssertStatusAsync(HttpStatusCode.OK, [$"v3/domains/{domain.Id}", .. domain.Paths]);
        Assert.NotEqual(0, await ConfigOptionsAsync(domain.Id));
        var (ofEndpoint, ofGroup) = await cloud.AssociatedProjectsAsync(endpointId, domain.GroupId);
        Assert.Contains(domain.ProjectId, ofEndpoint);
        Assert.Contains(domain.ProjectId, ofGroup);
        Assert.Equal(revocations, await cloud.RevocationCountAsync());
    }

    // A disabled domain with a configuration, a limit, a group, and a project and a user with theirs.
    private async Task<DomainWithDependants> NewDomainWithDependantsAsync(string endpointId)
    {
        var id = await cloud.Admin.CreateAsync("v3/domains", "domain", new JsonObject { ["name"] = "d-" + Guid.NewGuid().ToString("N")[..12] });
        await cloud.Admin.SendAsync(HttpMethod.Put, $"v3/domains/{id}/config", new JsonObject
        {
            ["config"] = new JsonObject { ["ldap"] = new JsonObject { ["url"] = "ldap://ldap.example.org:389/" } },
        });
        var groupId = await cloud.Admin.CreateAsync("v3/groups", "group", new JsonObject { ["name"] = "g", ["domain_id"] = id });
        var projectId = await cloud.Admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = "p", ["domain_id"] = id });
        var (userId, name) = await cloud.NewUserAsync(id);
        await cloud.GrantAsync($"v3/projects/{projectId}", userId);
        var client = await cloud.ClientAsync(name, projectId, id);
        var cert = await cloud.CredentialAsync(userId, "cert", "certificate");
        var projectCredential = await cloud.CredentialAsync(cloud.AdminUserId, "cert", "certificate", projectId);
        var trust = await client.TrustAsync(userId, cloud.AdminUserId, projectId);
        var endpointGroupId = await cloud.EndpointGroupAsync();
        await cloud.AssociateAsync(projectId, endpointId, endpointGroupId);
        var domainLimit = await cloud.LimitAsync(domainId: id);
        var projectLimit = await cloud.LimitAsync(projectId: projectId);
        await cloud.Admin.SendAsync(HttpMethod.Patch, $"v3/domains/{id}", new JsonObject { ["domain"] = new JsonObject { ["enabled"] = false } });
        return new DomainWithDependants(id, projectId, endpointGroupId,
        [
            $"v3/groups/{groupId}", $"v3/projects/{projectId}", $"v3/users/{userId}",
            $"v3/credentials/{cert}", $"v3/credentials/{projectCredential}", $"v3/OS-TRUST/trusts/{trust}",
            $"v3/limits/{domainLimit}", $"v3/limits/{projectLimit}", $"v3/domains/{id}/config",
        ]);
    }

    private Task<int> ConfigOptionsAsync(string domainId) => cloud.WithDbAsync(db => db.DomainConfigOptions.CountAsync(o => o.DomainId == domainId));

    private sealed record DomainWithDependants(string Id, string ProjectId, string GroupId, string[] Paths);
}
