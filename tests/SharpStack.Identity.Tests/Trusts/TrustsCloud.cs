using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Auth;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Trusts;

/// <summary>
/// The Identity API with a project on which a trustor holds <c>member</c> (implying <c>reader</c>) and a delegable
/// role, a trustee and a stranger without roles; every test gets real tokens by password.
/// </summary>
public sealed class TrustsCloud : IdentityCloud
{
    public const string Password = "trust-secret";

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public string ProjectId { get; private set; } = "";

    public string TrustorId { get; private set; } = "";

    public string TrusteeId { get; private set; } = "";

    public string StrangerId { get; private set; } = "";

    public string MemberRoleId { get; private set; } = "";

    public string ReaderRoleId { get; private set; } = "";

    public string AdminRoleId { get; private set; } = "";

    public string DelegatedRoleId { get; private set; } = "";

    protected override bool HasPersonas => false;

    /// <summary>A project-scoped token by password: the trustor's on the trusts project, the others' on "elsewhere".</summary>
    public Task<string> TokenAsync(string userId) =>
        Client.IssueTokenAsync(_names[userId], Password, userId == TrustorId ? "trusts" : "elsewhere");

    /// <summary>The body of <c>POST /v3/auth/tokens</c> for a trust-scoped token by the trustee's password.</summary>
    public JsonObject TrustTokenRequest(string userId, string trustId) =>
        TokenClientExtensions.PasswordRequest(_names[userId], Password, "Default", new JsonObject { ["OS-TRUST:trust"] = new JsonObject { ["id"] = trustId } });

    public async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(
        HttpMethod method, string path, string? token, object? body = null, string? subjectToken = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Add("X-Auth-Token", token);
        }

        if (subjectToken is not null)
        {
            request.Headers.Add(TokenClientExtensions.SubjectTokenHeader, subjectToken);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    protected override async Task SeedAsync()
    {
        MemberRoleId = await Admin.RoleIdAsync("member");
        ReaderRoleId = await Admin.RoleIdAsync("reader");
        AdminRoleId = await Admin.RoleIdAsync("admin");
        ProjectId = await Admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = "trusts", ["domain_id"] = "default" });
        DelegatedRoleId = await Admin.CreateAsync("v3/roles", "role", new JsonObject { ["name"] = "delegated" });
        TrustorId = await UserAsync("trustor");
        TrusteeId = await UserAsync("trustee");
        StrangerId = await UserAsync("stranger");
        await Admin.GrantAsync($"v3/projects/{ProjectId}/users/{TrustorId}/roles/{MemberRoleId}");
        await Admin.GrantAsync($"v3/projects/{ProjectId}/users/{TrustorId}/roles/{DelegatedRoleId}");

        // The trustee and the stranger hold a role elsewhere, so that they get project-scoped tokens (create_trust is project-scoped).
        var elsewhere = await Admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = "elsewhere", ["domain_id"] = "default" });
        await Admin.GrantAsync($"v3/projects/{elsewhere}/users/{TrusteeId}/roles/{MemberRoleId}");
        await Admin.GrantAsync($"v3/projects/{elsewhere}/users/{StrangerId}/roles/{MemberRoleId}");
    }

    private async Task<string> UserAsync(string name)
    {
        var id = await Admin.CreateAsync("v3/users", "user", new JsonObject { ["name"] = name, ["domain_id"] = "default", ["password"] = Password });
        _names[id] = name;
        return id;
    }

    /// <summary>Creates a trust from the trustor to the trustee on the project; fails the test unless 201.</summary>
    public async Task<JsonNode> CreateTrustAsync(string trustorToken, object? extra = null, bool impersonation = false, object[]? roles = null)
    {
        var trust = new JsonObject
        {
            ["trustor_user_id"] = TrustorId,
            ["trustee_user_id"] = TrusteeId,
            ["project_id"] = ProjectId,
            ["impersonation"] = impersonation,
            ["roles"] = JsonSerializer.SerializeToNode(roles ?? [new { name = "member" }]),
        };
        if (extra is not null)
        {
            foreach (var (name, value) in JsonSerializer.SerializeToNode(extra)!.AsObject())
            {
                trust[name] = value?.DeepClone();
            }
        }

        var (status, body, _) = await SendAsync(HttpMethod.Post, "/v3/OS-TRUST/trusts", trustorToken, new JsonObject { ["trust"] = trust }.ToJsonString());
        return status == 201 ? body!["trust"]! : throw new InvalidOperationException($"Trust create answered {status}: {body?.ToJsonString()}");
    }
}
