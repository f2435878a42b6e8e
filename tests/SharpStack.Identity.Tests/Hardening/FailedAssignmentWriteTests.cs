using System.Net;
using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Identity;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>Removing a group, a membership, a role, a grant or a trust commits with its revocations: when one fails, nothing changed.</summary>
public sealed class FailedAssignmentWriteTests(FailingWritesCloud cloud) : IClassFixture<FailingWritesCloud>
{
    [Fact]
    public async Task DeleteGroup_SecondMemberRevocationFails_GroupMembersAndEventsKept()
    {
        var groupId = await NewGroupAsync();
        var (first, _) = await cloud.NewUserAsync();
        var (second, _) = await cloud.NewUserAsync();
        await cloud.Admin.SendAsync(HttpMethod.Put, $"v3/groups/{groupId}/users/{first}");
        await cloud.Admin.SendAsync(HttpMethod.Put, $"v3/groups/{groupId}/users/{second}");
        var revocations = await cloud.RevocationCountAsync();

        await cloud.FailAsync(HttpMethod.Delete, $"v3/groups/{groupId}", skip: 1);

        await cloud.Admin.SendAsync(HttpMethod.Head, $"v3/groups/{groupId}/users/{first}");
        await cloud.Admin.SendAsync(HttpMethod.Head, $"v3/groups/{groupId}/users/{second}");
        Assert.Equal(revocations, await cloud.RevocationCountAsync());
    }

    [Fact]
    public async Task RemoveMember_RevocationFails_MembershipKept()
    {
        var groupId = await NewGroupAsync();
        var (userId, _) = await cloud.NewUserAsync();
        await cloud.Admin.SendAsync(HttpMethod.Put, $"v3/groups/{groupId}/users/{userId}");

        await cloud.FailAsync(HttpMethod.Delete, $"v3/groups/{groupId}/users/{userId}");

        await cloud.Admin.SendAsync(HttpMethod.Head, $"v3/groups/{groupId}/users/{userId}");
    }

    [Fact]
    public async Task DeleteRole_RevocationFails_RoleAssignmentAndTokenKept()
    {
        var roleName = "r-" + Guid.NewGuid().ToString("N")[..12];
        var roleId = await cloud.Admin.CreateAsync("v3/roles", "role", new JsonObject { ["name"] = roleName });
        var (userId, token) = await cloud.ProjectUserAsync(cloud.AdminProjectId, roleName);

        await cloud.FailAsync(HttpMethod.Delete, $"v3/roles/{roleId}");

        await cloud.Admin.SendAsync(HttpMethod.Get, $"v3/roles/{roleId}");
        await cloud.Admin.SendAsync(HttpMethod.Head, $"v3/projects/{cloud.AdminProjectId}/users/{userId}/roles/{roleId}");
        Assert.Equal(HttpStatusCode.OK, await cloud.ValidateAsync(token));
    }

    [Fact]
    public async Task DeleteGrant_RevocationFails_AssignmentAndTokenKept()
    {
        var (userId, token) = await cloud.ProjectUserAsync(cloud.AdminProjectId);
        var grant = $"v3/projects/{cloud.AdminProjectId}/users/{userId}/roles/{await cloud.Admin.RoleIdAsync("member")}";

        await cloud.FailAsync(HttpMethod.Delete, grant);

        await cloud.Admin.SendAsync(HttpMethod.Head, grant);
        Assert.Equal(HttpStatusCode.OK, await cloud.ValidateAsync(token));
    }

    [Fact]
    public async Task DeleteTrust_RedelegatedTrustRevocationFails_BothTrustsKept()
    {
        var (trustorId, token) = await cloud.ProjectUserAsync(cloud.AdminProjectId);
        var (trusteeId, _) = await cloud.NewUserAsync();
        var parentId = await CreateTrustAsync(new IdentityAdminClient(cloud.Client, token), trustorId, cloud.AdminUserId, redelegation: true);
        var parentToken = await IdentityTokens.IssueAsync(cloud.Client, "admin", "default", IdentityServer.AdminPassword,
            new JsonObject { ["OS-TRUST:trust"] = new JsonObject { ["id"] = parentId } });
        var childId = await CreateTrustAsync(new IdentityAdminClient(cloud.Client, parentToken), cloud.AdminUserId, trusteeId, redelegation: false);
        var revocations = await cloud.RevocationCountAsync();

        await cloud.FailAsync(HttpMethod.Delete, $"v3/OS-TRUST/trusts/{parentId}", skip: 1);

        await cloud.Admin.SendAsync(HttpMethod.Get, $"v3/OS-TRUST/trusts/{parentId}");
        await cloud.Admin.SendAsync(HttpMethod.Get, $"v3/OS-TRUST/trusts/{childId}");
        Assert.Equal(revocations, await cloud.RevocationCountAsync());
    }

    private async Task<string> CreateTrustAsync(IdentityAdminClient trustor, string trustorId, string trusteeId, bool redelegation)
    {
        var trust = await trustor.SendAsync(HttpMethod.Post, "v3/OS-TRUST/trusts", new JsonObject
        {
            ["trust"] = new JsonObject
            {
                ["trustor_user_id"] = trustorId,
                ["trustee_user_id"] = trusteeId,
                ["project_id"] = cloud.AdminProjectId,
                ["impersonation"] = false,
                ["allow_redelegation"] = redelegation,
                ["roles"] = new JsonArray(new JsonObject { ["name"] = "member" }),
            },
        });
        return trust!["trust"]!["id"]!.GetValue<string>();
    }

    private Task<string> NewGroupAsync() =>
        cloud.Admin.CreateAsync("v3/groups", "group", new JsonObject { ["name"] = "g-" + Guid.NewGuid().ToString("N")[..12] });
}
