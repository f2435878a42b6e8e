using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Identity.Application;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;
using SharpStack.Identity.Tests.Auth;

namespace SharpStack.Identity.Tests.ApplicationCredentials;

/// <summary>The Identity API with a project <c>apps</c> in the Default domain; each test makes its own users with real tokens.</summary>
public sealed class ApplicationCredentialsApiServer : IdentityApiServer, IAsyncLifetime
{
    public const string ProjectName = "apps";
    public const string Password = "pa55word";

    private static readonly string PasswordHash = PasswordHasher.Hash(Password);

    public string ProjectId { get; } = KeystoneIds.New();

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDbAsync(async db =>
        {
            db.Projects.Add(new Project { Id = ProjectId, Name = ProjectName, DomainId = IdentityDomain.DefaultId });
            await db.SaveChangesAsync();
        });
    }

    /// <summary>A user of the Default domain with <paramref name="roles"/> (names) on the project, and a token scoped to it.</summary>
    public async Task<TestUser> NewUserAsync(params string[] roles)
    {
        var id = KeystoneIds.New();
        var name = "user-" + id[..8];
        await WithDbAsync(async db =>
        {
            db.Users.Add(new User { Id = id, Name = name, DomainId = IdentityDomain.DefaultId, PasswordHash = PasswordHash, CreatedAt = DateTime.UtcNow });
            foreach (var role in await db.Roles.Where(r => roles.Contains(r.Name)).ToListAsync())
            {
                db.RoleAssignments.Add(RoleAssignment.Create(ActorType.User, id, TargetType.Project, ProjectId, role.Id));
            }

            await db.SaveChangesAsync();
        });
        return new TestUser(id, name, await Client.IssueTokenAsync(name, Password, ProjectName));
    }

    internal async Task WithDbAsync(Func<IdentityDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<IdentityDbContext>());
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
