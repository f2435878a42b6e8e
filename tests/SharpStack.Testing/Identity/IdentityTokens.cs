using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SharpStack.Testing.Identity;

/// <summary>Password authentication against a real Identity, as keystoneauth does it: <c>POST /v3/auth/tokens</c>.</summary>
public static class IdentityTokens
{
    /// <summary>Issues a token for a user of <paramref name="userDomainId"/> with the given <c>scope</c> object (null: unscoped).</summary>
    /// <returns>The token (<c>X-Subject-Token</c>).</returns>
    public static async Task<string> IssueAsync(HttpClient identity, string userName, string userDomainId, string password, JsonObject? scope)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var auth = new JsonObject
        {
            ["identity"] = new JsonObject
            {
                ["methods"] = new JsonArray("password"),
                ["password"] = new JsonObject
                {
                    ["user"] = new JsonObject { ["name"] = userName, ["domain"] = new JsonObject { ["id"] = userDomainId }, ["password"] = password },
                },
            },
        };
        if (scope is not null)
        {
            auth["scope"] = scope;
        }

        using var response = await identity.PostAsJsonAsync(new Uri("v3/auth/tokens?nocatalog", UriKind.Relative), new JsonObject { ["auth"] = auth });
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException(
                $"Identity answered {(int)response.StatusCode} to a token for {userName}: {await response.Content.ReadAsStringAsync()}");
        }

        return response.Headers.GetValues("X-Subject-Token").Single();
    }

    public static JsonObject SystemScope() => new() { ["system"] = new JsonObject { ["all"] = true } };

    public static JsonObject DomainScope(string domainId) => new() { ["domain"] = new JsonObject { ["id"] = domainId } };

    public static JsonObject ProjectScope(string projectId) => new() { ["project"] = new JsonObject { ["id"] = projectId } };
}
