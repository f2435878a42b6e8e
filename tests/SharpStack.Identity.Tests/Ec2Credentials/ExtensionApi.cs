using System.Text;
using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Auth;

namespace SharpStack.Identity.Tests.Ec2Credentials;

/// <summary>JSON calls with real tokens, and a project member made through the API, for the extension tests.</summary>
internal static class ExtensionApi
{
    public static async Task<(int Status, JsonNode? Body)> CallAsync(this IdentityApiServer server, HttpMethod method, string path, string? token, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        if (token is not null)
        {
            request.WithToken(token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static string Message(this JsonNode? body) => body!["error"]!["message"]!.GetValue<string>();

    /// <summary>A new user with the member role on a new project, and that user's project-scoped token.</summary>
    public static async Task<(string UserId, string ProjectId, string Token)> MemberAsync(this IdentityApiServer server, string adminToken)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (_, project) = await server.CallAsync(HttpMethod.Post, "/v3/projects", adminToken,
            new JsonObject { ["project"] = new JsonObject { ["name"] = $"p-{suffix}", ["domain_id"] = "default" } });
        var projectId = project!["project"]!["id"]!.GetValue<string>();
        var (_, user) = await server.CallAsync(HttpMethod.Post, "/v3/users", adminToken,
            new JsonObject { ["user"] = new JsonObject { ["name"] = $"u-{suffix}", ["password"] = "pw-" + suffix, ["domain_id"] = "default" } });
        var userId = user!["user"]!["id"]!.GetValue<string>();
        var (_, roles) = await server.CallAsync(HttpMethod.Get, "/v3/roles?name=member", adminToken);
        var roleId = roles!["roles"]![0]!["id"]!.GetValue<string>();
        var (granted, _) = await server.CallAsync(HttpMethod.Put, $"/v3/projects/{projectId}/users/{userId}/roles/{roleId}", adminToken);
        Assert.Equal(204, granted);
        var token = await server.Client.IssueTokenAsync($"u-{suffix}", "pw-" + suffix, $"p-{suffix}");
        return (userId, projectId, token);
    }
}
