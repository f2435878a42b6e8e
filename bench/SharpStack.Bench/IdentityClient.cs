using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SharpStack.Bench;

/// <summary>The Keystone v3 calls the identity benchmark makes: token issue by password or by token, and validation.</summary>
internal sealed class IdentityClient(HttpClient http)
{
    public async Task<string?> IssueWithPasswordAsync(string user, string password, string project, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["auth"] = new JsonObject
            {
                ["identity"] = new JsonObject
                {
                    ["methods"] = new JsonArray("password"),
                    ["password"] = new JsonObject
                    {
                        ["user"] = new JsonObject { ["name"] = user, ["domain"] = new JsonObject { ["id"] = "default" }, ["password"] = password },
                    },
                },
                ["scope"] = ProjectScope(project),
            },
        };
        return await IssueAsync(body, cancellationToken);
    }

    public async Task<string?> IssueWithTokenAsync(string token, string project, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["auth"] = new JsonObject
            {
                ["identity"] = new JsonObject
                {
                    ["methods"] = new JsonArray("token"),
                    ["token"] = new JsonObject { ["id"] = token },
                },
                ["scope"] = ProjectScope(project),
            },
        };
        return await IssueAsync(body, cancellationToken);
    }

    public async Task<bool> ValidateAsync(string serviceToken, string subjectToken, bool catalog, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, catalog ? "v3/auth/tokens" : "v3/auth/tokens?nocatalog");
        request.Headers.Add("X-Auth-Token", serviceToken);
        request.Headers.Add("X-Subject-Token", subjectToken);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await response.Content.CopyToAsync(Stream.Null, cancellationToken);
        return response.IsSuccessStatusCode;
    }

    private static JsonObject ProjectScope(string project) => new()
    {
        ["project"] = new JsonObject { ["name"] = project, ["domain"] = new JsonObject { ["id"] = "default" } },
    };

    private async Task<string?> IssueAsync(JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("v3/auth/tokens?nocatalog", body, cancellationToken);
        await response.Content.CopyToAsync(Stream.Null, cancellationToken);
        return response.IsSuccessStatusCode && response.Headers.TryGetValues("X-Subject-Token", out var values) ? values.First() : null;
    }
}
