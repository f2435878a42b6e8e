using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Identity.Application;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;
using SharpStack.Identity.Tests.Auth;

namespace SharpStack.Identity.Tests.Trusts;

/// <summary>
/// The Identity API with a project on which a trustor holds <c>member</c> (implying <c>reader</c>) and a delegable
/// role, a trustee and a stranger without roles; every test gets real tokens by password.
/// </summary>
public sealed class TrustsApiServer : IdentityApiServer, IAsyncLifetime
{
    public const string Password = "trust-secret";

    public string ProjectId { get; } = "trustsproject";

    public string TrustorId { get; } = "trustor";

    public string TrusteeId { get; } = "trustee";

    public string StrangerId { get; } = "stranger";

    public string MemberRoleId { get; private set; } = "";

    public string ReaderRoleId { get; private set; } = "";

    public string AdminRoleId { get; private set; } = "";

    public string DelegatedRoleId { get; } = "delegatedrole";

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDbAsync(async db =>
        {
            MemberRoleId = (await db.Roles.SingleAsync(r => r.Name == "member")).Id;
            ReaderRoleId = (await db.Roles.SingleAsync(r => r.Name == "reader")).Id;
            AdminRoleId = (await db.Roles.SingleAsync(r => r.Name == "admin")).Id;
            db.Projects.Add(new Project { Id = ProjectId, Name = "trusts", DomainId = "default" });
            db.Roles.Add(new Role { Id = DelegatedRoleId, Name = "delegated" });
            var hash = PasswordHasher.Hash(Password);
            foreach (var id in (string[])[TrustorId, TrusteeId, StrangerId])
            {
                db.Users.Add(new User { Id = id, Name = id, DomainId = "default", PasswordHash = hash, CreatedAt = DateTime.UtcNow });
            }

            db.RoleAssignments.Add(RoleAssignment.Create(ActorType.User, TrustorId, TargetType.Project, ProjectId, MemberRoleId));
            db.RoleAssignments.Add(RoleAssignment.Create(ActorType.User, TrustorId, TargetType.Project, ProjectId, DelegatedRoleId));

            // The trustee and the stranger hold a role elsewhere, so that they get project-scoped tokens (create_trust is project-scoped).
            db.Projects.Add(new Project { Id = "elsewhere", Name = "elsewhere", DomainId = "default" });
            db.RoleAssignments.Add(RoleAssignment.Create(ActorType.User, TrusteeId, TargetType.Project, "elsewhere", MemberRoleId));
            db.RoleAssignments.Add(RoleAssignment.Create(ActorType.User, StrangerId, TargetType.Project, "elsewhere", MemberRoleId));
            await db.SaveChangesAsync();
        });
    }

    /// <summary>A project-scoped token by password: the trustor's on the trusts project, the others' on "elsewhere".</summary>
    public Task<string> TokenAsync(string user) =>
        Client.IssueTokenAsync(user, Password, user == TrustorId ? "trusts" : "elsewhere");

    /// <summary>The body of <c>POST /v3/auth/tokens</c> for a trust-scoped token by the trustee's password.</summary>
    public static JsonObject TrustTokenRequest(string user, string trustId) =>
        TokenClientExtensions.PasswordRequest(user, Password, "Default", new JsonObject { ["OS-TRUST:trust"] = new JsonObject { ["id"] = trustId } });

    internal async Task WithDbAsync(Func<IdentityDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<IdentityDbContext>());
    }

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
