using System.Net;
using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Identity;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>A user's change and the revocation of its tokens commit together: when the revocation fails, nothing changed.</summary>
public sealed class FailedUserWriteTests(FailingWritesCloud cloud) : IClassFixture<FailingWritesCloud>
{
    [Fact]
    public async Task DeleteUser_RevocationFails_UserMembershipGrantAndTokenKept()
    {
        var (userId, name) = await cloud.NewUserAsync();
        var groupId = await cloud.Admin.CreateAsync("v3/groups", "group", new JsonObject { ["name"] = "g-" + name });
        await cloud.Admin.SendAsync(HttpMethod.Put, $"v3/groups/{groupId}/users/{userId}");
        await cloud.GrantAsync($"v3/projects/{cloud.AdminProjectId}", userId);
        var token = await cloud.PasswordTokenAsync(name, IdentityTokens.ProjectScope(cloud.AdminProjectId));
        var revocations = await cloud.RevocationCountAsync();

        await cloud.FailAsync(HttpMethod.Delete, $"v3/users/{userId}");

        await cloud.Admin.SendAsync(HttpMethod.Get, $"v3/users/{userId}");
        await cloud.Admin.SendAsync(HttpMethod.Head, $"v3/groups/{groupId}/users/{userId}");
        await cloud.Admin.SendAsync(HttpMethod.Head, $"v3/projects/{cloud.AdminProjectId}/users/{userId}/roles/{await cloud.Admin.RoleIdAsync("member")}");
        Assert.Equal(HttpStatusCode.OK, await cloud.ValidateAsync(token));
        Assert.Equal(revocations, await cloud.RevocationCountAsync());
    }

    [Fact]
    public async Task UpdateUser_DisablingRevocationFails_UserStaysEnabledWithItsToken()
    {
        var (userId, name) = await cloud.NewUserAsync();
        var token = await cloud.PasswordTokenAsync(name, null);

        await cloud.FailAsync(HttpMethod.Patch, $"v3/users/{userId}", """{"user": {"enabled": false, "description": "changed"}}""");

        var user = (await cloud.Admin.SendAsync(HttpMethod.Get, $"v3/users/{userId}"))!["user"]!;
        Assert.True(user["enabled"]!.GetValue<bool>());
        Assert.Null(user["description"]);
        Assert.Equal(HttpStatusCode.OK, await cloud.ValidateAsync(token));
    }

    [Fact]
    public async Task UpdateUser_PasswordRevocationFails_OldPasswordStillAuthenticates()
    {
        var (userId, name) = await cloud.NewUserAsync();

        await cloud.FailAsync(HttpMethod.Patch, $"v3/users/{userId}", """{"user": {"password": "new-secret"}}""");

        Assert.NotEmpty(await cloud.PasswordTokenAsync(name, null));
    }

    [Fact]
    public async Task ChangePassword_RevocationFails_OldPasswordStillAuthenticates()
    {
        var (userId, name) = await cloud.NewUserAsync();
        var token = await cloud.PasswordTokenAsync(name, null);

        await cloud.FailAsync(HttpMethod.Post, $"v3/users/{userId}/password",
            $$$"""{"user": {"original_password": "{{{TestUsers.Password}}}", "password": "new-secret"}}""");

        Assert.NotEmpty(await cloud.PasswordTokenAsync(name, null));
        Assert.Equal(HttpStatusCode.OK, await cloud.ValidateAsync(token));
    }
}
