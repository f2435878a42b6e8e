using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Tests.Auth;

namespace SharpStack.Identity.Tests.Trusts;

public sealed class TrustTokenTests(TrustsCloud server) : IClassFixture<TrustsCloud>
{
    [Fact]
    public async Task Issue_WithImpersonation_UserIsTrustorWithDelegatedAndImpliedRoles()
    {
        var trustorToken = await server.TokenAsync(server.TrustorId);
        var trustId = (await server.CreateTrustAsync(trustorToken, impersonation: true))["id"]!.GetValue<string>();

        var (status, body) = await IssueAsync(server.TrustTokenRequest(server.TrusteeId, trustId));

        Assert.Equal(201, status);
        var token = body!["token"]!;
        Assert.Equal(server.TrustorId, token["user"]!["id"]!.GetValue<string>());
        Assert.Equal(server.ProjectId, token["project"]!["id"]!.GetValue<string>());
        Assert.Equal(["member", "reader"], token["roles"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()));
        var trust = token["OS-TRUST:trust"]!;
        Assert.Equal(trustId, trust["id"]!.GetValue<string>());
        Assert.True(trust["impersonation"]!.GetValue<bool>());
        Assert.Equal(server.TrustorId, trust["trustor_user"]!["id"]!.GetValue<string>());
        Assert.Equal(server.TrusteeId, trust["trustee_user"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Issue_WithoutImpersonation_UserIsTrustee_AndTokenValidates()
    {
        var trustorToken = await server.TokenAsync(server.TrustorId);
        var trustId = (await server.CreateTrustAsync(trustorToken))["id"]!.GetValue<string>();

        var trustToken = await server.Client.IssueTokenAsync(server.TrustTokenRequest(server.TrusteeId, trustId));
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v3/auth/tokens", trustToken, subjectToken: trustToken);

        Assert.Equal(200, status);
        Assert.Equal(server.TrusteeId, body!["token"]!["user"]!["id"]!.GetValue<string>());
        Assert.False(body["token"]!["OS-TRUST:trust"]!["impersonation"]!.GetValue<bool>());
        Assert.Equal(server.ProjectId, body["token"]!["project"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Issue_WithTokenMethod_ByTrustee_Created()
    {
        var trustorToken = await server.TokenAsync(server.TrustorId);
        var trustId = (await server.CreateTrustAsync(trustorToken))["id"]!.GetValue<string>();
        var trusteeToken = await server.TokenAsync(server.TrusteeId);

        var (status, body) = await IssueAsync(new JsonObject
        {
            ["auth"] = new JsonObject
            {
                ["identity"] = new JsonObject { ["methods"] = new JsonArray("token"), ["token"] = new JsonObject { ["id"] = trusteeToken } },
                ["scope"] = new JsonObject { ["OS-TRUST:trust"] = new JsonObject { ["id"] = trustId } },
            },
        });

        Assert.Equal(201, status);
        Assert.Equal(trustId, body!["token"]!["OS-TRUST:trust"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Issue_ByUserWhoIsNotTrustee_Forbidden_AndUnknownTrust_Unauthorized()
    {
        var trustorToken = await server.TokenAsync(server.TrustorId);
        var trustId = (await server.CreateTrustAsync(trustorToken))["id"]!.GetValue<string>();

        var (notTrustee, _) = await IssueAsync(server.TrustTokenRequest(server.StrangerId, trustId));
        var (unknown, _) = await IssueAsync(server.TrustTokenRequest(server.TrusteeId, "nosuchtrust"));

        Assert.Equal(403, notTrustee);
        Assert.Equal(401, unknown);
    }

    [Fact]
    public async Task Issue_RemainingUses_ConsumedThenUnauthorizedAndTrustGone()
    {
        var trustorToken = await server.TokenAsync(server.TrustorId);
        var trustId = (await server.CreateTrustAsync(trustorToken, new { remaining_uses = 2 }))["id"]!.GetValue<string>();
        var request = server.TrustTokenRequest(server.TrusteeId, trustId);

        var (first, _) = await IssueAsync(request);
        var (_, afterFirst, _) = await server.SendAsync(HttpMethod.Get, $"/v3/OS-TRUST/trusts/{trustId}", trustorToken);
        var (second, secondBody) = await IssueAsync(request);
        var (third, _) = await IssueAsync(request);
        var (shown, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/OS-TRUST/trusts/{trustId}", trustorToken);

        Assert.Equal(201, first);
        Assert.Equal(1, afterFirst!["trust"]!["remaining_uses"]!.GetValue<int>());
        Assert.Equal(201, second);
        Assert.Equal(401, third);
        Assert.Equal(404, shown);
        Assert.NotNull(secondBody!["token"]!["OS-TRUST:trust"]);
    }

    [Fact]
    public async Task Issue_ExpiredTrust_UnauthorizedAndTrustNotFound()
    {
        var trustorToken = await server.TokenAsync(server.TrustorId);
        var trustId = KeystoneIds.New();
        await server.WithDbAsync(async db =>
        {
            db.Trusts.Add(new Trust
            {
                Id = trustId,
                TrustorUserId = server.TrustorId,
                TrusteeUserId = server.TrusteeId,
                ProjectId = server.ProjectId,
                ExpiresAt = DateTime.UtcNow.AddMinutes(-1),
                RedelegationCount = 0,
                Roles = [new TrustRole { TrustId = trustId, RoleId = server.MemberRoleId }],
            });
            await db.SaveChangesAsync();
        });

        var (issued, _) = await IssueAsync(server.TrustTokenRequest(server.TrusteeId, trustId));
        var (shown, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/OS-TRUST/trusts/{trustId}", trustorToken);

        Assert.Equal(401, issued);
        Assert.Equal(404, shown);
    }

    [Fact]
    public async Task Delete_RevokesTrustTokens()
    {
        var trustorToken = await server.TokenAsync(server.TrustorId);
        var trustId = (await server.CreateTrustAsync(trustorToken))["id"]!.GetValue<string>();
        var trustToken = await server.Client.IssueTokenAsync(server.TrustTokenRequest(server.TrusteeId, trustId));

        var (deleted, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/OS-TRUST/trusts/{trustId}", trustorToken);
        var (validated, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/auth/tokens", trustorToken, subjectToken: trustToken);
        var (used, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/OS-TRUST/trusts?trustee_user_id={server.TrusteeId}", trustToken);

        Assert.Equal(204, deleted);
        Assert.Equal(404, validated);
        Assert.Equal(401, used);
    }

    [Fact]
    public async Task Validate_AfterTrustorLosesDelegatedRole_NotFound()
    {
        var trustorToken = await server.TokenAsync(server.TrustorId);
        var trustId = (await server.CreateTrustAsync(trustorToken, roles: [new { id = server.DelegatedRoleId }]))["id"]!.GetValue<string>();
        var trustToken = await server.Client.IssueTokenAsync(server.TrustTokenRequest(server.TrusteeId, trustId));
        var (before, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/auth/tokens", trustToken, subjectToken: trustToken);

        await server.WithDbAsync(async db =>
        {
            await db.RoleAssignments.Where(a => a.ActorId == server.TrustorId && a.RoleId == server.DelegatedRoleId).ExecuteDeleteAsync();
        });
        var (after, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/auth/tokens", trustorToken, subjectToken: trustToken);
        await server.WithDbAsync(async db =>
        {
            db.RoleAssignments.Add(RoleAssignment.Create(ActorType.User, server.TrustorId, TargetType.Project, server.ProjectId, server.DelegatedRoleId));
            await db.SaveChangesAsync();
        });

        Assert.Equal(200, before);
        Assert.Equal(404, after);
    }

    [Fact]
    public async Task Redelegation_AllowedTrust_ChainsWithDecreasingCount_NotAllowedTrust_Forbidden()
    {
        var trustorToken = await server.TokenAsync(server.TrustorId);
        var parent = await server.CreateTrustAsync(trustorToken, new { allow_redelegation = true, redelegation_count = 2 });
        var parentId = parent["id"]!.GetValue<string>();
        var parentToken = await server.Client.IssueTokenAsync(server.TrustTokenRequest(server.TrusteeId, parentId));

        var redelegate = (object roles, bool allow) => server.SendAsync(HttpMethod.Post, "/v3/OS-TRUST/trusts", parentToken, new
        {
            trust = new { trustor_user_id = server.TrusteeId, trustee_user_id = server.StrangerId, project_id = server.ProjectId, impersonation = false, allow_redelegation = allow, roles },
        });
        var (outsideRoles, _, _) = await redelegate(new[] { new { id = server.DelegatedRoleId } }, true);
        var (chained, chainedBody, _) = await redelegate(new[] { new { id = server.MemberRoleId } }, true);
        var childId = chainedBody!["trust"]!["id"]!.GetValue<string>();
        var childToken = await server.Client.IssueTokenAsync(server.TrustTokenRequest(server.StrangerId, childId));
        var (fromChild, fromChildBody, _) = await server.SendAsync(HttpMethod.Post, "/v3/OS-TRUST/trusts", childToken, new
        {
            trust = new { trustor_user_id = server.StrangerId, trustee_user_id = server.TrusteeId, project_id = server.ProjectId, impersonation = false, roles = new[] { new { id = server.MemberRoleId } } },
        });
        var (deepest, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/OS-TRUST/trusts", await server.Client.IssueTokenAsync(
            server.TrustTokenRequest(server.TrusteeId, fromChildBody!["trust"]!["id"]!.GetValue<string>())), new
        {
            trust = new { trustor_user_id = server.TrusteeId, trustee_user_id = server.StrangerId, project_id = server.ProjectId, impersonation = false, roles = new[] { new { id = server.MemberRoleId } } },
        });

        Assert.Equal(403, outsideRoles);
        Assert.Equal(201, chained);
        Assert.Equal(parentId, chainedBody["trust"]!["redelegated_trust_id"]!.GetValue<string>());
        Assert.Equal(1, chainedBody["trust"]!["redelegation_count"]!.GetValue<int>());
        Assert.Equal(201, fromChild);
        Assert.Equal(0, fromChildBody["trust"]!["redelegation_count"]!.GetValue<int>());
        Assert.Equal(403, deepest);
    }

    [Fact]
    public async Task Redelegation_RequestedDepthAboveMaximum_Forbidden()
    {
        var trustorToken = await server.TokenAsync(server.TrustorId);

        var (status, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/OS-TRUST/trusts", trustorToken, new
        {
            trust = new { trustor_user_id = server.TrustorId, trustee_user_id = server.TrusteeId, project_id = server.ProjectId, impersonation = false, allow_redelegation = true, redelegation_count = 4, roles = new[] { new { name = "member" } } },
        });

        Assert.Equal(403, status);
    }

    private async Task<(int Status, JsonNode? Body)> IssueAsync(JsonObject request)
    {
        using var response = await server.Client.PostAsJsonAsync(new Uri("/v3/auth/tokens", UriKind.Relative), request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
