using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Tests.Auth;

namespace SharpStack.Identity.Tests.ApplicationCredentials;

public sealed class ApplicationCredentialAuthTests(ApplicationCredentialsCloud server) : IClassFixture<ApplicationCredentialsCloud>
{
    private static JsonObject ReaderOnly(string name) => new() { ["name"] = name, ["roles"] = new JsonArray(new JsonObject { ["name"] = "reader" }) };

    private static List<string> TokenRoles(JsonNode body) =>
        [.. body["token"]!["roles"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).Order()];

    private async Task<int> ValidateAsync(string subject) =>
        (await server.SendAsync(HttpMethod.Get, "/v3/auth/tokens", await server.AdminTokenAsync(), subjectToken: subject)).Status;

    [Fact]
    public async Task Authenticate_ById_TokenHasOnlyTheCredentialsRolesOnItsProject()
    {
        var user = await server.NewUserAsync("member");
        var credential = await server.CreateAsync(user, ReaderOnly("by-id"));

        var (status, body) = await server.AuthenticateAsync(ApplicationCredentialsCloud.ById(credential));

        Assert.Equal(201, status);
        var token = body!["token"]!;
        Assert.Equal(["application_credential"], token["methods"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(server.ProjectId, token["project"]!["id"]!.GetValue<string>());
        Assert.Equal(user.Id, token["user"]!["id"]!.GetValue<string>());
        Assert.Equal(["reader"], TokenRoles(body));
        Assert.Equal(credential["id"]!.GetValue<string>(), token["application_credential"]!["id"]!.GetValue<string>());
        Assert.Equal("by-id", token["application_credential"]!["name"]!.GetValue<string>());
        Assert.True(token["application_credential"]!["restricted"]!.GetValue<bool>());
        Assert.Null(token["application_credential"]!["access_rules"]);
        Assert.NotNull(token["catalog"]);
    }

    [Fact]
    public async Task Authenticate_ByNameWithUserIdOrUserNameAndDomain_Created()
    {
        var user = await server.NewUserAsync("member");
        var credential = await server.CreateAsync(user, new JsonObject { ["name"] = "by-name" });
        var secret = credential["secret"]!.GetValue<string>();

        var (byUserId, _) = await server.AuthenticateAsync(new JsonObject
        {
            ["name"] = "by-name", ["secret"] = secret, ["user"] = new JsonObject { ["id"] = user.Id },
        });
        var (byUserName, body) = await server.AuthenticateAsync(new JsonObject
        {
            ["name"] = "by-name", ["secret"] = secret,
            ["user"] = new JsonObject { ["name"] = user.Name, ["domain"] = new JsonObject { ["name"] = "Default" } },
        });

        Assert.Equal(201, byUserId);
        Assert.Equal(201, byUserName);
        Assert.Equal(["member", "reader"], TokenRoles(body!));
    }

    [Fact]
    public async Task Authenticate_WrongSecretUnknownIdOrAScope_Unauthorized()
    {
        var user = await server.NewUserAsync("member");
        var credential = await server.CreateAsync(user, new JsonObject { ["name"] = "strict" });
        var projectScope = new JsonObject { ["project"] = new JsonObject { ["id"] = server.ProjectId } };

        var (wrongSecret, _) = await server.AuthenticateAsync(new JsonObject { ["id"] = credential["id"]!.GetValue<string>(), ["secret"] = "guess" });
        var (unknown, _) = await server.AuthenticateAsync(new JsonObject { ["id"] = "nope", ["secret"] = "guess" });
        var (wrongName, _) = await server.AuthenticateAsync(new JsonObject
        {
            ["name"] = "nope", ["secret"] = credential["secret"]!.GetValue<string>(), ["user"] = new JsonObject { ["id"] = user.Id },
        });
        var (scoped, body) = await server.AuthenticateAsync(ApplicationCredentialsCloud.ById(credential), projectScope);

        Assert.Equal((401, 401, 401, 401), (wrongSecret, unknown, wrongName, scoped));
        Assert.Equal("The request you have made requires authentication.", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Authenticate_WithoutSecret_BadRequest()
    {
        var (status, _) = await server.AuthenticateAsync(new JsonObject { ["id"] = "whatever" });

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task Delete_Credential_ItsTokensNoLongerValidateAndItNoLongerAuthenticates()
    {
        var user = await server.NewUserAsync("member");
        var credential = await server.CreateAsync(user, new JsonObject { ["name"] = "revoked" });
        var (_, issued) = await server.AuthenticateAsync(ApplicationCredentialsCloud.ById(credential));
        var token = issued!["x_subject_token"]!.GetValue<string>();
        Assert.Equal(200, await ValidateAsync(token));

        Assert.Equal(204, (await server.SendAsync(HttpMethod.Delete, $"/v3/users/{user.Id}/application_credentials/{credential["id"]}", user.Token)).Status);

        Assert.Equal(404, await ValidateAsync(token));
        Assert.Equal(401, (await server.SendAsync(HttpMethod.Get, $"/v3/users/{user.Id}/application_credentials", token)).Status);
        Assert.Equal(401, (await server.AuthenticateAsync(ApplicationCredentialsCloud.ById(credential))).Status);
    }

    [Fact]
    public async Task Authenticate_ExpiredCredential_UnauthorizedAndItsTokensInvalid()
    {
        var user = await server.NewUserAsync("member");
        var credential = await server.CreateAsync(user, new JsonObject { ["name"] = "expired", ["expires_at"] = "2099-01-01T00:00:00Z" });
        var (_, issued) = await server.AuthenticateAsync(ApplicationCredentialsCloud.ById(credential));
        var token = issued!["x_subject_token"]!.GetValue<string>();
        var id = credential["id"]!.GetValue<string>();

        await server.WithDbAsync(db => db.ApplicationCredentials.Where(c => c.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        Assert.Equal(401, (await server.AuthenticateAsync(ApplicationCredentialsCloud.ById(credential))).Status);
        Assert.Equal(404, await ValidateAsync(token));
    }

    [Fact]
    public async Task Authenticate_CredentialExpiringBeforeTheTokenLifetime_TokenExpiresWithIt()
    {
        var user = await server.NewUserAsync("member");
        var expiresAt = DateTimeOffset.UtcNow.AddMinutes(10);
        var credential = await server.CreateAsync(user, new JsonObject { ["name"] = "soon", ["expires_at"] = expiresAt.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) });

        var (_, body) = await server.AuthenticateAsync(ApplicationCredentialsCloud.ById(credential));

        var tokenExpiry = DateTimeOffset.Parse(body!["token"]!["expires_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(tokenExpiry <= expiresAt.AddSeconds(1), $"{tokenExpiry} > {expiresAt}");
    }

    [Fact]
    public async Task Authenticate_UserLostTheRole_TokenDropsItOrIsRefused()
    {
        var user = await server.NewUserAsync("member");
        var credential = await server.CreateAsync(user, new JsonObject { ["name"] = "shrinking" });
        var memberCredential = await server.CreateAsync(user, new JsonObject { ["name"] = "gone", ["roles"] = new JsonArray(new JsonObject { ["name"] = "member" }) });

        await server.WithDbAsync(async db =>
        {
            var reader = await db.Roles.SingleAsync(r => r.Name == "reader");
            await db.RoleAssignments.Where(a => a.ActorId == user.Id).ExecuteDeleteAsync();
            db.RoleAssignments.Add(RoleAssignment.Create(ActorType.User, user.Id, TargetType.Project, server.ProjectId, reader.Id));
            await db.SaveChangesAsync();
        });
        var (status, body) = await server.AuthenticateAsync(ApplicationCredentialsCloud.ById(credential));

        Assert.Equal(201, status);
        Assert.Equal(["reader"], TokenRoles(body!));
        Assert.Equal(201, (await server.AuthenticateAsync(ApplicationCredentialsCloud.ById(memberCredential))).Status);

        await server.WithDbAsync(db => db.RoleAssignments.Where(a => a.ActorId == user.Id).ExecuteDeleteAsync());
        Assert.Equal(401, (await server.AuthenticateAsync(ApplicationCredentialsCloud.ById(credential))).Status);
    }

    [Fact]
    public async Task Create_WithRestrictedCredentialToken_ForbiddenButUnrestrictedAllowed()
    {
        var user = await server.NewUserAsync("member");
        var restricted = await server.CreateAsync(user, new JsonObject { ["name"] = "restricted" });
        var unrestricted = await server.CreateAsync(user, new JsonObject { ["name"] = "unrestricted", ["unrestricted"] = true });
        var restrictedToken = (await server.AuthenticateAsync(ApplicationCredentialsCloud.ById(restricted))).Body!["x_subject_token"]!.GetValue<string>();
        var unrestrictedToken = (await server.AuthenticateAsync(ApplicationCredentialsCloud.ById(unrestricted))).Body!["x_subject_token"]!.GetValue<string>();

        var (forbidden, _) = await server.SendAsync(HttpMethod.Post, $"/v3/users/{user.Id}/application_credentials", restrictedToken,
            new JsonObject { ["application_credential"] = new JsonObject { ["name"] = "child" } });

        Assert.Equal(403, forbidden);
        var child = await server.CreateAsync(user, new JsonObject { ["name"] = "child" }, unrestrictedToken);
        Assert.Equal("child", child["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rescope_CredentialToken_KeepsTheCredentialOrRefusesAScope()
    {
        var user = await server.NewUserAsync("member");
        var credential = await server.CreateAsync(user, ReaderOnly("rescoped"));
        var token = (await server.AuthenticateAsync(ApplicationCredentialsCloud.ById(credential))).Body!["x_subject_token"]!.GetValue<string>();
        JsonObject Request(JsonNode? scope)
        {
            var auth = new JsonObject { ["identity"] = new JsonObject { ["methods"] = new JsonArray("token"), ["token"] = new JsonObject { ["id"] = token } } };
            if (scope is not null)
            {
                auth["scope"] = scope;
            }

            return new JsonObject { ["auth"] = auth };
        }

        var (same, body) = await server.SendAsync(HttpMethod.Post, "/v3/auth/tokens", null, Request(null));
        var (scoped, _) = await server.SendAsync(HttpMethod.Post, "/v3/auth/tokens", null,
            Request(new JsonObject { ["project"] = new JsonObject { ["id"] = server.ProjectId } }));

        Assert.Equal(201, same);
        Assert.Equal(["reader"], TokenRoles(body!));
        Assert.Equal(credential["id"]!.GetValue<string>(), body!["token"]!["application_credential"]!["id"]!.GetValue<string>());
        Assert.Equal(403, scoped);
    }
}
