using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Tests.Cascades;
using SharpStack.Identity.Tests.Hardening;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Identity;

namespace SharpStack.Identity.Tests.Auth;

/// <summary>A token issue through a trust is one unit of work: the login's bookkeeping is saved with the trust's use or not at all.</summary>
public sealed class TrustUseUnitOfWorkTests(FailingWritesCloud cloud) : IClassFixture<FailingWritesCloud>
{
    [Fact]
    public async Task Authenticate_TrustUsedUp_FailureCountNotReset()
    {
        var (trusteeId, name, trustId) = await TrusteeWithFailedLoginAsync();
        await cloud.PasswordTokenAsync(name, CascadeSetup.TrustScope(trustId));
        await FailLoginAsync(name);

        Assert.Equal(HttpStatusCode.Unauthorized, await TrustLoginAsync(name, trustId));

        Assert.Equal(1, await FailedAuthCountAsync(trusteeId));
    }

    [Fact]
    public async Task Authenticate_TrustUsed_FailureCountResetAndUseTaken()
    {
        var (trusteeId, name, trustId) = await TrusteeWithFailedLoginAsync();

        Assert.Equal(HttpStatusCode.Created, await TrustLoginAsync(name, trustId));

        Assert.Equal(0, await FailedAuthCountAsync(trusteeId));
        Assert.Equal(HttpStatusCode.Unauthorized, await TrustLoginAsync(name, trustId));
    }

    [Fact]
    public async Task Authenticate_TrustUseFails_FailureCountNotReset()
    {
        var (trusteeId, name, trustId) = await TrusteeWithFailedLoginAsync();

        await cloud.FailAsync(HttpMethod.Post, "v3/auth/tokens", TrustLoginBody(name, trustId), sql: "UPDATE trust");

        Assert.Equal(1, await FailedAuthCountAsync(trusteeId));
    }

    [Fact]
    public async Task Authenticate_BookkeepingSaveFails_TrustUseNotTaken()
    {
        var (trusteeId, name, trustId) = await TrusteeWithFailedLoginAsync();

        await cloud.FailAsync(HttpMethod.Post, "v3/auth/tokens", TrustLoginBody(name, trustId), sql: "UPDATE user SET");

        Assert.Equal(1, await FailedAuthCountAsync(trusteeId));
        Assert.Equal(HttpStatusCode.Created, await TrustLoginAsync(name, trustId));
    }

    // A trust of one use from the admin to a new user, who has just given a wrong password once.
    private async Task<(string TrusteeId, string Name, string TrustId)> TrusteeWithFailedLoginAsync()
    {
        var (trusteeId, name) = await cloud.NewUserAsync();
        var admin = await cloud.AdminOnProjectAsync();
        var trustId = await admin.CreateAsync("v3/OS-TRUST/trusts", "trust", new JsonObject
        {
            ["trustor_user_id"] = cloud.AdminUserId,
            ["trustee_user_id"] = trusteeId,
            ["project_id"] = cloud.AdminProjectId,
            ["impersonation"] = false,
            ["remaining_uses"] = 1,
            ["roles"] = new JsonArray(new JsonObject { ["name"] = "member" }),
        });
        await FailLoginAsync(name);
        return (trusteeId, name, trustId);
    }

    private async Task FailLoginAsync(string name) =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => IdentityTokens.IssueAsync(cloud.Client, name, "default", "wrong-password", null));

    private async Task<HttpStatusCode> TrustLoginAsync(string name, string trustId)
    {
        var (status, _, response) = await cloud.SendAsync(HttpMethod.Post, "v3/auth/tokens", TrustLoginBody(name, trustId));
        response.Dispose();
        return status;
    }

    private static string TrustLoginBody(string name, string trustId) => new JsonObject
    {
        ["auth"] = new JsonObject
        {
            ["identity"] = new JsonObject
            {
                ["methods"] = new JsonArray("password"),
                ["password"] = new JsonObject
                {
                    ["user"] = new JsonObject { ["name"] = name, ["domain"] = new JsonObject { ["id"] = "default" }, ["password"] = TestUsers.Password },
                },
            },
            ["scope"] = CascadeSetup.TrustScope(trustId),
        },
    }.ToJsonString();

    private Task<int?> FailedAuthCountAsync(string userId) =>
        cloud.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.FailedAuthCount).SingleAsync());
}
