using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Auth;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.ApplicationCredentials;

/// <summary>The Identity API with a project <c>apps</c> in the Default domain; each test makes its own users with real tokens.</summary>
public sealed class ApplicationCredentialsCloud : IdentityCloud
{
    public const string ProjectName = "apps";
    public const string Password = "pa55word";

    public string ProjectId { get; private set; } = "";

    protected override bool HasPersonas => false;

    /// <summary>A user of the Default domain with <paramref name="roles"/> (names) on the project, and a token scoped to it.</summary>
    public async Task<TestUser> NewUserAsync(params string[] roles)
    {
        var name = "user-" + Guid.NewGuid().ToString("N")[..8];
        var id = await Admin.CreateAsync("v3/users", "user", new JsonObject { ["name"] = name, ["domain_id"] = "default", ["password"] = Password });
        foreach (var role in roles)
        {
            await this.GrantAsync($"v3/projects/{ProjectId}", id, role);
        }

        return new TestUser(id, name, await Client.IssueTokenAsync(name, Password, ProjectName));
    }

    public async Task<(int Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, string? token, JsonNode? body = null, string? subjectToken = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.WithToken(token);
        }

        if (subjectToken is not null)
        {
            request.Headers.Add(TokenClientExtensions.SubjectTokenHeader, subjectToken);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? null : JsonNode.Parse(text);
        if (response.Headers.TryGetValues(TokenClientExtensions.SubjectTokenHeader, out var issued) && json is JsonObject root)
        {
            root["x_subject_token"] = issued.Single();
        }

        return ((int)response.StatusCode, json);
    }

    protected override async Task SeedAsync() =>
        ProjectId = await Admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = ProjectName, ["domain_id"] = "default" });

    /// <summary>Creates an application credential of <paramref name="user"/>; fails the test unless 201.</summary>
    public async Task<JsonNode> CreateAsync(TestUser user, JsonObject credential, string? token = null)
    {
        var (status, body) = await SendAsync(HttpMethod.Post, $"/v3/users/{user.Id}/application_credentials", token ?? user.Token,
            new JsonObject { ["application_credential"] = credential });
        Assert.True(status == 201, body?.ToJsonString());
        return body!["application_credential"]!;
    }

    /// <summary><c>POST /v3/auth/tokens</c> with the application_credential method: the status and token body (with the token id as <c>x_subject_token</c>).</summary>
    public Task<(int Status, JsonNode? Body)> AuthenticateAsync(JsonObject applicationCredential, JsonNode? scope = null)
    {
        var auth = new JsonObject
        {
            ["identity"] = new JsonObject
            {
                ["methods"] = new JsonArray("application_credential"),
                ["application_credential"] = applicationCredential,
            },
        };
        if (scope is not null)
        {
            auth["scope"] = scope;
        }

        return SendAsync(HttpMethod.Post, "/v3/auth/tokens", null, new JsonObject { ["auth"] = auth });
    }

    public static JsonObject ById(JsonNode credential) => new()
    {
        ["id"] = credential["id"]!.GetValue<string>(),
        ["secret"] = credential["secret"]!.GetValue<string>(),
    };
}
