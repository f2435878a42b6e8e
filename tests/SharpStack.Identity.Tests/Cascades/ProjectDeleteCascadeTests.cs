using System.Net;
using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Hardening;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Cascades;

/// <summary>
/// Deleting a project deletes its credentials, trusts and limits (keystone resource _post_delete_cleanup_project), its
/// endpoint and endpoint-group associations (the catalog callback) and unsets it as a default project (the identity
/// callback), in the same unit of work as the project.
/// </summary>
public sealed class ProjectDeleteCascadeTests(FailingWritesCloud cloud) : IClassFixture<FailingWritesCloud>
{
    [Fact]
    public async Task DeleteProject_WithDependants_TheirsGoneOthersKept()
    {
        var endpointId = await cloud.EndpointIdAsync();
        var groupId = await cloud.EndpointGroupAsync();
        var project = await NewProjectWithDependantsAsync(endpointId, groupId);
        var other = await NewProjectWithDependantsAsync(endpointId, groupId);

        await cloud.Admin.SendAsync(HttpMethod.Delete, $"v3/projects/{project.Id}");

        await cloud.AssertStatusAsync(HttpStatusCode.NotFound, project.Paths);
        Assert.Null(await DefaultProjectAsync(project.DefaultingUserId));
        var (ofEndpoint, ofGroup) = await cloud.AssociatedProjectsAsync(endpointId, groupId);
        Assert.DoesNotContain(project.Id, ofEndpoint);
        Assert.DoesNotContain(project.Id, ofGroup);
        await cloud.AssertStatusAsync(HttpStatusCode.OK, other.Paths);
        Assert.Equal(other.Id, await DefaultProjectAsync(other.DefaultingUserId));
        Assert.Contains(other.Id, ofEndpoint);
        Assert.Contains(other.Id, ofGroup);
        Assert.Equal(HttpStatusCode.OK, await cloud.ValidateAsync(other.TrustToken));
    }

    [Fact]
    public async Task DeleteProject_LastRevocationFails_ProjectAndDependantsKept()
    {
        var endpointId = await cloud.EndpointIdAsync();
        var groupId = await cloud.EndpointGroupAsync();
        var project = await NewProjectWithDependantsAsync(endpointId, groupId);
        var revocations = await cloud.RevocationCountAsync();

        // The trust, then the project: the second revocation is the delete's last statement.
        await cloud.FailAsync(HttpMethod.Delete, $"v3/projects/{project.Id}", skip: 1);

        await cloud.AssertStatusAsync(HttpStatusCode.OK, [$"v3/projects/{project.Id}", .. project.Paths]);
        Assert.Equal(project.Id, await DefaultProjectAsync(project.DefaultingUserId));
        var (ofEndpoint, ofGroup) = await cloud.AssociatedProjectsAsync(endpointId, groupId);
        Assert.Contains(project.Id, ofEndpoint);
        Assert.Contains(project.Id, ofGroup);
        Assert.Equal(HttpStatusCode.OK, await cloud.ValidateAsync(project.TrustToken));
        Assert.Equal(revocations, await cloud.RevocationCountAsync());
    }

    private async Task<ProjectWithDependants> NewProjectWithDependantsAsync(string endpointId, string groupId)
    {
        var id = await cloud.Admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = "p-" + Guid.NewGuid().ToString("N")[..12] });
        var (userId, name) = await cloud.NewUserAsync();
        await cloud.GrantAsync($"v3/projects/{id}", userId);
        var client = await cloud.ClientAsync(name, id);
        var (defaultingUserId, _) = await cloud.NewUserAsync();
        await cloud.Admin.SendAsync(HttpMethod.Patch, $"v3/users/{defaultingUserId}", new JsonObject { ["user"] = new JsonObject { ["default_project_id"] = id } });
        var cert = await cloud.CredentialAsync(userId, "cert", "certificate", id);
        var ec2 = await cloud.Ec2Async(userId, id);
        var limit = await cloud.LimitAsync(projectId: id);
        var trust = await client.TrustAsync(userId, cloud.AdminUserId, id);
        await cloud.AssociateAsync(id, endpointId, groupId);
        return new ProjectWithDependants(id, defaultingUserId, await cloud.AdminTrustTokenAsync(trust),
            [$"v3/credentials/{cert}", $"v3/credentials/{ec2}", $"v3/limits/{limit}", $"v3/OS-TRUST/trusts/{trust}"]);
    }

    private async Task<string?> DefaultProjectAsync(string userId) =>
        (await cloud.Admin.SendAsync(HttpMethod.Get, $"v3/users/{userId}"))!["user"]!["default_project_id"]?.GetValue<string>();

    private sealed record ProjectWithDependants(string Id, string DefaultingUserId, string TrustToken, string[] Paths);
}
