using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SharpStack.Identity.Tests.Auth;

/// <summary>Tokens for tests: the password method through <c>POST /v3/auth/tokens</c>, as clients get them.</summary>
public static class TokenClientExtensions
{
    public const string SubjectTokenHeader = "X-Subject-Token";

    /// <summary>A token for a user of <paramref name="domainName"/>, scoped to <paramref name="projectName"/> (in the same domain) when given, else unscoped.</summary>
    public static Task<string> IssueTokenAsync(this HttpClient client, string user, string password, string? projectName = null, string domainName = "Default")
    {
        JsonNode? scope = projectName is null
            ? "unscoped"
            : new JsonObject { ["project"] = new JsonObject { ["name"] = projectName, ["domain"] = new JsonObject { ["name"] = domainName } } };
        return client.IssueTokenAsync(PasswordRequest(user, password, domainName, scope));
    }

    /// <summary>A token from any auth request body; fails the test unless Identity answers 201 with X-Subject-Token.</summary>
    public static async Task<string> IssueTokenAsync(this HttpClient client, JsonObject request)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsJsonAsync(new Uri("/v3/auth/tokens", UriKind.Relative), request);
        if (response.StatusCode != System.Net.HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Token request answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return response.Headers.GetValues(SubjectTokenHeader).Single();
    }

    /// <summary>A request carrying <c>X-Auth-Token</c>.</summary>
    public static HttpRequestMessage WithToken(this HttpRequestMessage request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Add("X-Auth-Token", token);
        return request;
    }

    public static JsonObject PasswordRequest(string user, string password, string domainName, JsonNode? scope)
    {
        var auth = new JsonObject
        {
            ["identity"] = new JsonObject
            {
                ["methods"] = new JsonArray("password"),
                ["password"] = new JsonObject
                {
                    ["user"] = new JsonObject { ["name"] = user, ["password"] = password, ["domain"] = new JsonObject { ["name"] = domainName } },
                },
            },
        };
        if (scope is not null)
        {
            auth["scope"] = scope;
        }

        return new JsonObject { ["auth"] = auth };
    }
}
