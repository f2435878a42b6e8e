using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Auth;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.SecurityCompliance;

/// <summary>Identity with <c>[security_compliance]</c> options from <see cref="Compliance"/> and a clock the tests move.</summary>
public abstract class ComplianceCloud : IdentityCloud
{
    public const string Password = "s3cretpass";

    private string? _adminToken;
    private TimeSpan _adminTokenOffset;

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        Compliance().Select(setting => new KeyValuePair<string, string?>("security_compliance:" + setting.Key, setting.Value));

    /// <summary>The password rules would refuse the personas' password, and the tests make their own users.</summary>
    protected override bool HasPersonas => false;

    protected abstract IEnumerable<KeyValuePair<string, string?>> Compliance();

    /// <summary>A system admin token, renewed once the clock has moved.</summary>
    public async Task<string> AdminAsync()
    {
        if (_adminToken is null || _adminTokenOffset != Clock.Offset)
        {
            _adminTokenOffset = Clock.Offset;
            _adminToken = await SystemAdminTokenAsync();
        }

        return _adminToken;
    }

    /// <summary>Creates a user of the Default domain as the admin; answers the HTTP status and body.</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Body)> TryCreateUserAsync(string name, string? password, JsonObject? options = null)
    {
        var user = new JsonObject { ["name"] = name, ["domain_id"] = "default" };
        if (password is not null)
        {
            user["password"] = password;
        }

        if (options is not null)
        {
            user["options"] = options;
        }

        return await SendAsync(HttpMethod.Post, "v3/users", new JsonObject { ["user"] = user }, await AdminAsync());
    }

    public async Task<string> CreateUserAsync(string name, string? password = Password, JsonObject? options = null)
    {
        var (status, body) = await TryCreateUserAsync(name, password, options);
        Assert.Equal(HttpStatusCode.Created, status);
        return body!["user"]!["id"]!.GetValue<string>();
    }

    public async Task<(HttpStatusCode Status, JsonNode? Body)> UpdateUserAsync(string id, JsonObject user) =>
        await SendAsync(HttpMethod.Patch, $"v3/users/{id}", new JsonObject { ["user"] = user }, await AdminAsync());

    public async Task<JsonNode> GetUserAsync(string id) =>
        (await SendAsync(HttpMethod.Get, $"v3/users/{id}", null, await AdminAsync())).Body!["user"]!;

    /// <summary><c>POST /v3/users/{id}/password</c>, the self-service change.</summary>
    public Task<(HttpStatusCode Status, JsonNode? Body)> ChangePasswordAsync(string id, string original, string password) =>
        SendAsync(HttpMethod.Post, $"v3/users/{id}/password",
            new JsonObject { ["user"] = new JsonObject { ["original_password"] = original, ["password"] = password } }, token: null);

    /// <summary>Authenticates with the password method, unscoped.</summary>
    public Task<(HttpStatusCode Status, JsonNode? Body)> PasswordAuthAsync(string name, string password) =>
        SendAsync(HttpMethod.Post, "v3/auth/tokens", TokenClientExtensions.PasswordRequest(name, password, "Default", "unscoped"), token: null);

    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, JsonObject? body, string? token)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Add("X-Auth-Token", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
