using SharpStack.Identity.Tests.Auth;

namespace SharpStack.Identity.Tests.Trusts;

public sealed class TrustEndpointsTests(TrustsCloud server) : IClassFixture<TrustsCloud>
{
    [Fact]
    public async Task Create_ByTrustor_ReturnsTrustWithRolesAndLinks()
    {
        var token = await server.TokenAsync(server.TrustorId);

        var trust = await server.CreateTrustAsync(token, impersonation: true, roles: [new { id = server.DelegatedRoleId }]);

        var id = trust["id"]!.GetValue<string>();
        Assert.Equal(server.TrustorId, trust["trustor_user_id"]!.GetValue<string>());
        Assert.Equal(server.TrusteeId, trust["trustee_user_id"]!.GetValue<string>());
        Assert.Equal(server.ProjectId, trust["project_id"]!.GetValue<string>());
        Assert.True(trust["impersonation"]!.GetValue<bool>());
        Assert.Null(trust["expires_at"]);
        Assert.Null(trust["remaining_uses"]);
        Assert.Equal(0, trust["redelegation_count"]!.GetValue<int>());
        Assert.Equal("delegated", Assert.Single(trust["roles"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.EndsWith($"/v3/roles/{server.DelegatedRoleId}", trust["roles"]![0]!["links"]!["self"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(new Uri(server.BaseUri, $"v3/OS-TRUST/trusts/{id}").ToString(), trust["links"]!["self"]!.GetValue<string>());
        Assert.Equal(new Uri(server.BaseUri, $"v3/OS-TRUST/trusts/{id}/roles").ToString(), trust["roles_links"]!["self"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_ImpliedRoleByName_ExpiryAndUses_Kept()
    {
        var token = await server.TokenAsync(server.TrustorId);
        var expires = DateTime.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

        var trust = await server.CreateTrustAsync(token, new { expires_at = expires + "Z", remaining_uses = 3 }, roles: [new { name = "reader" }]);

        Assert.Equal(expires + ".000000Z", trust["expires_at"]!.GetValue<string>());
        Assert.Equal(3, trust["remaining_uses"]!.GetValue<int>());
        Assert.Equal("reader", trust["roles"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_AllowRedelegation_DefaultsToMaxCount()
    {
        var token = await server.TokenAsync(server.TrustorId);

        var trust = await server.CreateTrustAsync(token, new { allow_redelegation = true });

        Assert.Equal(3, trust["redelegation_count"]!.GetValue<int>());
        Assert.Null(trust["allow_redelegation"]);
    }

    [Theory]
    [InlineData("{\"trust\": {\"trustor_user_id\": \"trustor\", \"trustee_user_id\": \"trustee\", \"project_id\": \"trustsproject\", \"impersonation\": false, \"roles\": [{\"name\": \"member\"}], \"expires_at\": \"bad.123Z\"}}", "Timestamp not in expected format.")]
    [InlineData("{\"trust\": {\"trustor_user_id\": \"trustor\", \"trustee_user_id\": \"trustee\", \"project_id\": \"trustsproject\", \"impersonation\": false, \"roles\": [{\"name\": \"member\"}], \"expires_at\": \"2001-01-01T00:00:00Z\"}}", "The 'expires_at' must not be before now.")]
    [InlineData("{\"trust\": {\"trustor_user_id\": \"trustor\", \"trustee_user_id\": \"trustee\", \"project_id\": \"trustsproject\"}}", "'impersonation' is a required property")]
    [InlineData("{\"trust\": {\"trustor_user_id\": \"trustor\", \"trustee_user_id\": \"trustee\", \"impersonation\": \"yes\"}}", "Invalid input for field/attribute impersonation. Value: yes. 'yes' is not of type 'boolean'")]
    [InlineData("{\"trust\": {\"trustor_user_id\": \"trustor\", \"trustee_user_id\": \"trustee\", \"impersonation\": false, \"remaining_uses\": 0}}", "Invalid input for field/attribute remaining_uses. Value: 0. 0 is less than the minimum of 1")]
    [InlineData("{\"trust\": {\"trustor_user_id\": \"trustor\", \"trustee_user_id\": \"trustee\", \"project_id\": \"trustsproject\", \"impersonation\": false, \"roles\": [{\"name\": \"member\"}], \"allow_redelegation\": true, \"remaining_uses\": 2}}", "remaining_uses must not be set if redelegation is allowed")]
    public async Task Create_InvalidBody_BadRequest(string body, string message)
    {
        var token = await server.TokenAsync(server.TrustorId);

        var ids = body.Replace("\"trustor\"", $"\"{server.TrustorId}\"", StringComparison.Ordinal)
            .Replace("\"trustee\"", $"\"{server.TrusteeId}\"", StringComparison.Ordinal)
            .Replace("\"trustsproject\"", $"\"{server.ProjectId}\"", StringComparison.Ordinal);

        var (status, error, _) = await server.SendAsync(HttpMethod.Post, "/v3/OS-TRUST/trusts", token, ids);

        Assert.Equal(400, status);
        Assert.Contains(message, error!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_TrustorIsNotCaller_Forbidden()
    {
        var token = await server.TokenAsync(server.StrangerId);

        var (status, error, _) = await server.SendAsync(HttpMethod.Post, "/v3/OS-TRUST/trusts", token, new
        {
            trust = new { trustor_user_id = server.TrustorId, trustee_user_id = server.StrangerId, project_id = server.ProjectId, impersonation = false, roles = new[] { new { name = "member" } } },
        });

        Assert.Equal(403, status);
        Assert.Equal("You are not authorized to perform the requested action: identity:create_trust.", error!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_RoleNotHeldByTrustor_NotFound()
    {
        var token = await server.TokenAsync(server.TrustorId);

        var (status, error, _) = await server.SendAsync(HttpMethod.Post, "/v3/OS-TRUST/trusts", token, new
        {
            trust = new { trustor_user_id = server.TrustorId, trustee_user_id = server.TrusteeId, project_id = server.ProjectId, impersonation = false, roles = new[] { new { id = server.AdminRoleId } } },
        });

        Assert.Equal(404, status);
        Assert.Equal($"Could not find role: {server.AdminRoleId}.", error!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_ProjectWithoutRoles_Forbidden_AndUnknownTrustee_NotFound()
    {
        var token = await server.TokenAsync(server.TrustorId);

        var (noRoles, noRolesError, _) = await server.SendAsync(HttpMethod.Post, "/v3/OS-TRUST/trusts", token, new
        {
            trust = new { trustor_user_id = server.TrustorId, trustee_user_id = server.TrusteeId, project_id = server.ProjectId, impersonation = false },
        });
        var (noTrustee, noTrusteeError, _) = await server.SendAsync(HttpMethod.Post, "/v3/OS-TRUST/trusts", token, new
        {
            trust = new { trustor_user_id = server.TrustorId, trustee_user_id = "nobody", project_id = server.ProjectId, impersonation = false, roles = new[] { new { name = "member" } } },
        });

        Assert.Equal(403, noRoles);
        Assert.Equal("You are not authorized to perform the requested action: At least one role should be specified.", noRolesError!["error"]!["message"]!.GetValue<string>());
        Assert.Equal(404, noTrustee);
        Assert.Equal("Could not find user: nobody.", noTrusteeError!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_TrustorAndTrustee_Ok_StrangerForbidden_MissingNotFound()
    {
        var trustorToken = await server.TokenAsync(server.TrustorId);
        var trust = await server.CreateTrustAsync(trustorToken);
        var id = trust["id"]!.GetValue<string>();
        var trusteeToken = await server.TokenAsync(server.TrusteeId);
        var strangerToken = await server.TokenAsync(server.StrangerId);

        var (byTrustor, body, _) = await server.SendAsync(HttpMethod.Get, $"/v3/OS-TRUST/trusts/{id}", trustorToken);
        var (byTrustee, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/OS-TRUST/trusts/{id}", trusteeToken);
        var (head, _, _) = await server.SendAsync(HttpMethod.Head, $"/v3/OS-TRUST/trusts/{id}", trusteeToken);
        var (byStranger, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/OS-TRUST/trusts/{id}", strangerToken);
        var (missing, error, _) = await server.SendAsync(HttpMethod.Get, "/v3/OS-TRUST/trusts/nosuchtrust", trustorToken);

        Assert.Equal(200, byTrustor);
        Assert.Equal("member", body!["trust"]!["roles"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(200, byTrustee);
        Assert.Equal(200, head);
        Assert.Equal(403, byStranger);
        Assert.Equal(404, missing);
        Assert.Equal("Could not find trust: nosuchtrust.", error!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_ByTrustorOrTrustee_AndAdminSeesAll_StrangerForbidden()
    {
        var trustorToken = await server.TokenAsync(server.TrustorId);
        var id = (await server.CreateTrustAsync(trustorToken))["id"]!.GetValue<string>();
        var trusteeToken = await server.TokenAsync(server.TrusteeId);
        var strangerToken = await server.TokenAsync(server.StrangerId);
        var adminToken = await server.AdminTokenAsync();

        var (mine, mineBody, _) = await server.SendAsync(HttpMethod.Get, $"/v3/OS-TRUST/trusts?trustor_user_id={server.TrustorId}", trustorToken);
        var (theirs, theirsBody, _) = await server.SendAsync(HttpMethod.Get, $"/v3/OS-TRUST/trusts?trustee_user_id={server.TrusteeId}", trusteeToken);
        var (all, allBody, _) = await server.SendAsync(HttpMethod.Get, "/v3/OS-TRUST/trusts", adminToken);
        var (unfiltered, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/OS-TRUST/trusts", trustorToken);
        var (spying, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/OS-TRUST/trusts?trustor_user_id={server.TrustorId}", strangerToken);

        Assert.Equal(200, mine);
        var listed = Assert.Single(mineBody!["trusts"]!.AsArray(), t => t!["id"]!.GetValue<string>() == id)!;
        Assert.Null(listed["roles"]);
        Assert.EndsWith($"/v3/OS-TRUST/trusts/{id}", listed["links"]!["self"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(mineBody["links"]!["next"]);
        Assert.Equal(200, theirs);
        Assert.Contains(theirsBody!["trusts"]!.AsArray(), t => t!["id"]!.GetValue<string>() == id);
        Assert.Equal(200, all);
        Assert.Contains(allBody!["trusts"]!.AsArray(), t => t!["id"]!.GetValue<string>() == id);
        Assert.Equal(403, unfiltered);
        Assert.Equal(403, spying);
    }

    [Fact]
    public async Task Roles_ListGetHead_DelegatedOnly()
    {
        var trustorToken = await server.TokenAsync(server.TrustorId);
        var id = (await server.CreateTrustAsync(trustorToken))["id"]!.GetValue<string>();

        var (list, listBody, _) = await server.SendAsync(HttpMethod.Get, $"/v3/OS-TRUST/trusts/{id}/roles", trustorToken);
        var (get, getBody, _) = await server.SendAsync(HttpMethod.Get, $"/v3/OS-TRUST/trusts/{id}/roles/{server.MemberRoleId}", trustorToken);
        var (head, _, _) = await server.SendAsync(HttpMethod.Head, $"/v3/OS-TRUST/trusts/{id}/roles/{server.MemberRoleId}", trustorToken);
        var (notDelegated, error, _) = await server.SendAsync(HttpMethod.Get, $"/v3/OS-TRUST/trusts/{id}/roles/{server.DelegatedRoleId}", trustorToken);
        var (headNotDelegated, _, _) = await server.SendAsync(HttpMethod.Head, $"/v3/OS-TRUST/trusts/{id}/roles/{server.DelegatedRoleId}", trustorToken);

        Assert.Equal(200, list);
        Assert.Equal(server.MemberRoleId, Assert.Single(listBody!["roles"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.EndsWith($"/v3/OS-TRUST/trusts/{id}/roles", listBody["links"]!["self"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(200, get);
        Assert.Equal("member", getBody!["role"]!["name"]!.GetValue<string>());
        Assert.Equal(200, head);
        Assert.Equal(404, notDelegated);
        Assert.Equal($"Could not find role: {server.DelegatedRoleId}.", error!["error"]!["message"]!.GetValue<string>());
        Assert.Equal(404, headNotDelegated);
    }

    [Fact]
    public async Task Delete_ByTrustor_NoContent_StrangerForbidden_ThenNotFound()
    {
        var trustorToken = await server.TokenAsync(server.TrustorId);
        var id = (await server.CreateTrustAsync(trustorToken))["id"]!.GetValue<string>();
        var trusteeToken = await server.TokenAsync(server.TrusteeId);

        var (byTrustee, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/OS-TRUST/trusts/{id}", trusteeToken);
        var (byTrustor, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/OS-TRUST/trusts/{id}", trustorToken);
        var (after, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/OS-TRUST/trusts/{id}", trustorToken);
        var (again, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/OS-TRUST/trusts/{id}", trustorToken);

        Assert.Equal(403, byTrustee);
        Assert.Equal(204, byTrustor);
        Assert.Equal(404, after);
        Assert.Equal(404, again);
    }
}
