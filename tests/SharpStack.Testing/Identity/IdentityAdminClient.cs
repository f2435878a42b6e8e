using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SharpStack.Testing.Identity;

/// <summary>Identity's REST API as the bootstrap admin (a system-scoped token), for setting up what tests need.</summary>
public sealed class IdentityAdminClient(HttpClient identity, string token)
{
    public string Token => token;

    public static async Task<IdentityAdminClient> ConnectAsync(IdentityServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var token = await IdentityTokens.IssueAsync(server.Client, "admin", "default", IdentityServer.AdminPassword, IdentityTokens.SystemScope());
        return new IdentityAdminClient(server.Client, token);
    }

    /// <summary><c>POST</c> of <c>{member: body}</c> to <paramref name="path"/>; the created resource's id.</summary>
    public async Task<string> CreateAsync(string path, string member, JsonObject body)
    {
        var created = await SendAsync(HttpMethod.Post, path, new JsonObject { [member] = body });
        return created![member]!["id"]!.GetValue<string>();
    }

    /// <summary>The id of the global role named <paramref name="name"/>.</summary>
    public async Task<string> RoleIdAsync(string name)
    {
        var roles = await SendAsync(HttpMethod.Get, $"v3/roles?name={Uri.EscapeDataString(name)}");
        return roles!["roles"]!.AsArray().Single()!["id"]!.GetValue<string>();
    }

    /// <summary><c>PUT</c> of a grant, such as <c>v3/projects/P/users/U/roles/R</c> or <c>v3/system/users/U/roles/R</c>.</summary>
    public Task GrantAsync(string grantPath) => SendAsync(HttpMethod.Put, grantPath);

    /// <summary>Sends a request as the admin and fails unless it succeeds; the JSON answer, or null when it has none.</summary>
    public async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Auth-Token", token);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await identity.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Identity answered {(int)response.StatusCode} to {method} {path}: {text}");
        }

        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
