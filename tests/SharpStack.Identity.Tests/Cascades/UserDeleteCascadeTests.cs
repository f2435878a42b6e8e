using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Tests.Hardening;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Identity;

namespace SharpStack.Identity.Tests.Cascades;

/// <summary>
/// Deleting a user deletes its credentials, application credentials and trusts (keystone identity delete_user and the
/// application_credential and trust callbacks) in the same unit of work as the user; disabling it, its application credentials.
/// </summary>
public sealed class UserDeleteCascadeTests(FailingWritesCloud cloud) : IClassFixture<FailingWritesCloud>
{
    [Fact]
    public async Task DeleteUser_WithDependants_TheirsGoneOthersKept()
    {
        var user = await NewUserWithDependantsAsync();
        var other = await NewUserWithDependantsAsync();

        await cloud.Admin.SendAsync(HttpMethod.Delete, $"v3/users/{user.Id}");

        await cloud.AssertStatusAsync(HttpStatusCode.NotFound, user.Paths);
        Assert.All(await AppCredentialRowsAsync(user.Id), rows => Assert.Equal(0, rows));
        Assert.Equal(HttpStatusCode.NotFound, await cloud.ValidateAsync(user.TrustToken));
        await cloud.AssertStatusAsync(HttpStatusCode.OK, other.Paths);
        Assert.All(await AppCredentialRowsAsync(other.Id), rows => Assert.NotEqual(0, rows));
        Assert.Equal(HttpStatusCode.OK, await cloud.ValidateAsync(other.TrustToken));
    }

    [Fact]
    public async Task DeleteUser_LastRevocationFails_UserAndDependantsKept()
    {
        var user = await NewUserWithDependantsAsync();
        var revocations = await cloud.RevocationCountAsync();

        // Two trusts, then the user: the third revocation is the delete's last statement.
        await cloud.FailAsync(HttpMethod.Delete, $"v3/users/{user.Id}", skip: 2);

        await cloud.AssertStatusAsync(HttpStatusCode.OK, [$"v3/users/{user.Id}", .. user.Paths]);
        Assert.All(await AppCredentialRowsAsync(user.Id), rows => Assert.NotEqual(0, rows));
        Assert.Equal(HttpStatusCode.OK, await cloud.ValidateAsync(user.TrustToken));
        Assert.Equal(revocations, await cloud.RevocationCountAsync());
    }

    [Fact]
    public async Task DisableUser_WithDependants_ApplicationCredentialsGoneTheRestKept()
    {
        var user = await NewUserWithDependantsAsync();

        await cloud.Admin.SendAsync(HttpMethod.Patch, $"v3/users/{user.Id}", JsonNode.Parse("""{"user": {"enabled": false}}"""));

        Assert.All(await AppCredentialRowsAsync(user.Id), rows => Assert.Equal(0, rows));
        await cloud.AssertStatusAsync(HttpStatusCode.NotFound, user.Paths[3]);
        await cloud.AssertStatusAsync(HttpStatusCode.OK, [.. user.Paths[..3], .. user.Paths[4..]]);
    }

    [Fact]
    public async Task DisableUser_RevocationFails_ApplicationCredentialsKept()
    {
        var user = await NewUserWithDependantsAsync();

        await cloud.FailAsync(HttpMethod.Patch, $"v3/users/{user.Id}", """{"user": {"enabled": false}}""");

        Assert.All(await AppCredentialRowsAsync(user.Id), rows => Assert.NotEqual(0, rows));
        Assert.True((await cloud.Admin.SendAsync(HttpMethod.Get, $"v3/users/{user.Id}"))!["user"]!["enabled"]!.GetValue<bool>());
    }

    private async Task<UserWithDependants> NewUserWithDependantsAsync()
    {
        var (id, name) = await cloud.NewUserAsync();
        await cloud.GrantAsync($"v3/projects/{cloud.AdminProjectId}", id);
        var client = await cloud.ClientAsync(name, cloud.AdminProjectId);
        var admin = await cloud.AdminOnProjectAsync();
        var cert = await cloud.CredentialAsync(id, "cert", "certificate");
        var ec2 = await cloud.Ec2Async(id, cloud.AdminProjectId);
        var totp = await cloud.CredentialAsync(id, "totp", CascadeSetup.TotpSeed);
        var appCredential = await client.AppCredentialAsync(id);
        var asTrustor = await client.TrustAsync(id, cloud.AdminUserId, cloud.AdminProjectId);
        var asTrustee = await admin.TrustAsync(cloud.AdminUserId, id, cloud.AdminProjectId);
        return new UserWithDependants(id, await cloud.AdminTrustTokenAsync(asTrustor),
        [
            $"v3/credentials/{cert}", $"v3/credentials/{ec2}", $"v3/credentials/{totp}",
            $"v3/users/{id}/application_credentials/{appCredential}",
            $"v3/OS-TRUST/trusts/{asTrustor}", $"v3/OS-TRUST/trusts/{asTrustee}",
        ]);
    }

    // The user's application credentials, their role and access-rule rows, and the user's access rules.
    private Task<int[]> AppCredentialRowsAsync(string userId) => cloud.WithDbAsync(async db =>
    {
        var ids = db.ApplicationCredentials.Where(c => c.UserId == userId).Select(c => c.InternalId);
        return new[]
        {
            await ids.CountAsync(),
            await db.ApplicationCredentialRoles.CountAsync(r => ids.Contains(r.ApplicationCredentialId)),
            await db.ApplicationCredentialAccessRules.CountAsync(r => ids.Contains(r.ApplicationCredentialId)),
            await db.AccessRules.CountAsync(r => r.UserId == userId),
        };
    });

    private sealed record UserWithDependants(string Id, string TrustToken, string[] Paths);
}
