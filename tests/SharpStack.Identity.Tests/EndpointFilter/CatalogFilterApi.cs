using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Auth;
using SharpStack.Identity.Tests.Ec2Credentials;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Identity;

namespace SharpStack.Identity.Tests.EndpointFilter;

/// <summary>A fresh project for the admin with a token on it, a service of its own with endpoints, and the catalogs of a token.</summary>
internal static class CatalogFilterApi
{
    /// <summary>A new project the admin is a member of, and the admin's token scoped to it.</summary>
    public static async Task<(string ProjectId, string Token)> NewProjectTokenAsync(this IdentityCloud server)
    {
        var projectId = await server.Admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = Unique("p"), ["domain_id"] = "default" });
        await server.Admin.GrantAsync($"v3/projects/{projectId}/users/{server.AdminUserId}/roles/{await server.Admin.RoleIdAsync("member")}");
        var token = await IdentityTokens.IssueAsync(server.Client, "admin", "default", IdentityServer.AdminPassword, IdentityTokens.ProjectScope(projectId));
        return (projectId, token);
    }

    public static Task<string> NewServiceAsync(this IdentityCloud server) =>
        server.Admin.CreateAsync("v3/services", "service", new JsonObject { ["type"] = Unique("t"), ["name"] = Unique("s") });

    public static Task<string> NewEndpointAsync(this IdentityCloud server, string serviceId, string @interface, bool enabled = true) =>
        server.Admin.CreateAsync("v3/endpoints", "endpoint", new JsonObject
        {
            ["service_id"] = serviceId,
            ["interface"] = @interface,
            ["url"] = $"http://{Unique("h")}.example/v1/$(project_id)s",
            ["enabled"] = enabled,
        });

    public static Task AssociateAsync(this IdentityCloud server, string projectId, string endpointId) =>
        server.Admin.SendAsync(HttpMethod.Put, $"v3/OS-EP-FILTER/projects/{projectId}/endpoints/{endpointId}");

    /// <summary><c>GET /v3/auth/catalog</c> with the token.</summary>
    public static async Task<JsonArray> AuthCatalogAsync(this IdentityCloud server, string token)
    {
        var (status, body) = await server.CallAsync(HttpMethod.Get, "/v3/auth/catalog", token);
        Assert.Equal(200, status);
        return body!["catalog"]!.AsArray();
    }

    /// <summary>The catalog of <c>GET /v3/auth/tokens</c> of the token, validated by itself.</summary>
    public static async Task<JsonArray> ValidatedCatalogAsync(this IdentityCloud server, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("v3/auth/tokens", UriKind.Relative)).WithToken(token);
        request.Headers.Add(TokenClientExtensions.SubjectTokenHeader, token);
        using var response = await server.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return body!["token"]!["catalog"]!.AsArray();
    }

    /// <summary>The catalog of <c>POST /v3/auth/tokens</c> scoped to the project.</summary>
    public static async Task<JsonArray> IssuedCatalogAsync(this IdentityCloud server, string projectId)
    {
        var request = TokenClientExtensions.PasswordRequest("admin", IdentityServer.AdminPassword, "Default", IdentityTokens.ProjectScope(projectId));
        var (status, body) = await server.CallAsync(HttpMethod.Post, "/v3/auth/tokens", token: null, request);
        Assert.Equal(201, status);
        return body!["token"]!["catalog"]!.AsArray();
    }

    public static string[] EndpointIds(this JsonArray catalog) =>
        [.. catalog.SelectMany(s => s!["endpoints"]!.AsArray()).Select(e => e!["id"]!.GetValue<string>()).Order()];

    public static string[] ServiceIds(this JsonArray catalog) => [.. catalog.Select(s => s!["id"]!.GetValue<string>())];

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];
}
