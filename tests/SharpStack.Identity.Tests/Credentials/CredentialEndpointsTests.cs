using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Identity.Application.Credentials;
using SharpStack.Identity.Tests.Limits;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Credentials;

public sealed class CredentialEndpointsTests(LimitsCloud server) : IClassFixture<LimitsCloud>
{
    [Fact]
    public async Task Create_Ec2Credential_IdIsSha256OfAccessAndBlobIsReturnedAsAString()
    {
        var blob = """{"access":"ec2-access-1","secret":"secretKey"}""";

        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/credentials", Persona.ProjectMember, Ec2(server.MemberUserId, blob));

        Assert.Equal(201, status);
        var credential = body!["credential"]!;
        var expectedId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("ec2-access-1")));
        Assert.Equal(expectedId, credential["id"]!.GetValue<string>());
        Assert.Equal(blob, credential["blob"]!.GetValue<string>());
        Assert.Equal("ec2", credential["type"]!.GetValue<string>());
        Assert.Equal(server.AlphaProjectId, credential["project_id"]!.GetValue<string>());
        Assert.Equal(new Uri(server.BaseUri, $"v3/credentials/{expectedId}").ToString(), credential["links"]!["self"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_BlobIsStoredEncrypted()
    {
        var (_, body) = await server.SendAsync(HttpMethod.Post, "/v3/credentials", body: Cert(server.MemberUserId, "very-secret-certificate"));
        var id = body!["credential"]!["id"]!.GetValue<string>();

        var stored = await server.WithDbAsync(db => db.Credentials.SingleAsync(c => c.Id == id));

        Assert.DoesNotContain("very-secret-certificate", stored.EncryptedBlob, StringComparison.Ordinal);
        Assert.Equal(40, stored.KeyHash.Length);
        Assert.Null(body["credential"]!["project_id"]);
        Assert.True(body["credential"]!.AsObject().ContainsKey("project_id"));
    }

    [Fact]
    public async Task Create_DuplicateEc2Access_Returns409()
    {
        var blob = """{"access":"ec2-dup","secret":"s"}""";
        await server.SendAsync(HttpMethod.Post, "/v3/credentials", body: Ec2(server.MemberUserId, blob));

        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/credentials", body: Ec2(server.MemberUserId, blob));

        Assert.Equal(409, status);
        Assert.StartsWith("Conflict occurred attempting to store credential - Duplicate entry found with ID ", body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "Invalid blob in credential")]
    [InlineData("[]", "Expecting to find blob in credential.")]
    [InlineData("""{"secret":"s"}""", "Expecting to find access in credential.")]
    public async Task Create_BadEc2Blob_Returns400(string blob, string message)
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/credentials", body: Ec2(server.MemberUserId, blob));

        Assert.Equal(400, status);
        Assert.StartsWith(message, body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Ec2WithoutProject_Returns400NamingProjectId()
    {
        var request = new { credential = new { type = "ec2", user_id = server.MemberUserId, blob = """{"access":"x"}""" } };

        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/credentials", body: request);

        Assert.Equal(400, status);
        Assert.Contains("'project_id' is a required property", body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_BlobNotAString_Returns400NamingBlob()
    {
        var request = """{"credential": {"type": "cert", "user_id": "u", "blob": {"a": 1}}}""";

        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/credentials", body: request);

        Assert.Equal(400, status);
        Assert.Equal("Invalid input for field/attribute blob. Value: {'a': 1}. {'a': 1} is not of type 'string'", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_MemberForAnotherUser_Returns403()
    {
        var (status, _) = await server.SendAsync(HttpMethod.Post, "/v3/credentials", Persona.ProjectMember, Cert(server.OtherMemberUserId, "x"));

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task Create_NoToken_Returns401()
    {
        var (status, _) = await server.SendAsync(HttpMethod.Post, "/v3/credentials", null, Cert(server.MemberUserId, "x"));

        Assert.Equal(401, status);
    }

    [Fact]
    public async Task List_Member_SeesOnlyOwnCredentials()
    {
        var mine = await CreateAsync(Persona.ProjectMember, Cert(server.MemberUserId, "mine"));
        var theirs = await CreateAsync(Persona.ProjectBMember, Cert(server.OtherMemberUserId, "theirs"));

        var (status, body) = await server.SendAsync(HttpMethod.Get, "/v3/credentials", Persona.ProjectMember);

        Assert.Equal(200, status);
        var ids = body!["credentials"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList();
        Assert.Contains(mine, ids);
        Assert.DoesNotContain(theirs, ids);
        Assert.All(body["credentials"]!.AsArray(), c => Assert.Equal(server.MemberUserId, c!["user_id"]!.GetValue<string>()));
        Assert.Null(body["links"]!["next"]);
    }

    [Fact]
    public async Task List_SystemAdmin_SeesEveryoneAndFiltersByUserAndType()
    {
        var theirs = await CreateAsync(Persona.ProjectBMember, Cert(server.OtherMemberUserId, "filtered"));

        var (_, all) = await server.SendAsync(HttpMethod.Get, "/v3/credentials");
        var (_, filtered) = await server.SendAsync(HttpMethod.Get, $"/v3/credentials?user_id={server.OtherMemberUserId}&type=cert");

        Assert.Contains(all!["credentials"]!.AsArray(), c => c!["id"]!.GetValue<string>() == theirs);
        Assert.Contains(filtered!["credentials"]!.AsArray(), c => c!["id"]!.GetValue<string>() == theirs);
        Assert.All(filtered["credentials"]!.AsArray(), c =>
        {
            Assert.Equal(server.OtherMemberUserId, c!["user_id"]!.GetValue<string>());
            Assert.Equal("cert", c["type"]!.GetValue<string>());
        });
        Assert.EndsWith($"/v3/credentials?user_id={server.OtherMemberUserId}&type=cert", filtered["links"]!["self"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AnotherUsersCredential_Returns403ForMemberAnd200ForSystemReader()
    {
        var theirs = await CreateAsync(Persona.ProjectBMember, Cert(server.OtherMemberUserId, "private"));

        var (memberStatus, _) = await server.SendAsync(HttpMethod.Get, $"/v3/credentials/{theirs}", Persona.ProjectMember);
        var (readerStatus, body) = await server.SendAsync(HttpMethod.Get, $"/v3/credentials/{theirs}", Persona.SystemReader);

        Assert.Equal(403, memberStatus);
        Assert.Equal(200, readerStatus);
        Assert.Equal("private", body!["credential"]!["blob"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_Missing_Returns404ForAdmin()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Get, "/v3/credentials/nope");

        Assert.Equal(404, status);
        Assert.Equal("Could not find credential: nope.", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_Owner_ChangesBlobAndKeepsExtraAttributes()
    {
        var request = new JsonObject { ["credential"] = new JsonObject { ["type"] = "cert", ["user_id"] = server.MemberUserId, ["blob"] = "v1", ["note"] = "kept" } };
        var id = await CreateAsync(Persona.ProjectMember, request);

        var (status, body) = await server.SendAsync(HttpMethod.Patch, $"/v3/credentials/{id}", Persona.ProjectMember, new { credential = new { blob = "v2" } });

        Assert.Equal(200, status);
        Assert.Equal("v2", body!["credential"]!["blob"]!.GetValue<string>());
        Assert.Equal("kept", body["credential"]!["note"]!.GetValue<string>());
        var (_, shown) = await server.SendAsync(HttpMethod.Get, $"/v3/credentials/{id}", Persona.ProjectMember);
        Assert.Equal("v2", shown!["credential"]!["blob"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_OwnerGivingCredentialAway_Returns403()
    {
        var id = await CreateAsync(Persona.ProjectMember, Cert(server.MemberUserId, "gift"));

        var (status, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/credentials/{id}", Persona.ProjectMember, new { credential = new { user_id = server.OtherMemberUserId } });

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task Update_Ec2TrustIdChange_Returns400()
    {
        var id = await CreateAsync(Persona.SystemAdmin, Ec2(server.MemberUserId, """{"access":"ec2-trust","secret":"s"}"""));

        var (status, body) = await server.SendAsync(HttpMethod.Patch, $"/v3/credentials/{id}", body: new { credential = new { blob = """{"access":"ec2-trust","secret":"s","trust_id":"t"}""" } });

        Assert.Equal(400, status);
        Assert.Equal("trust_id can not be updated for credential", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_EmptyCredential_Returns400()
    {
        var id = await CreateAsync(Persona.ProjectMember, Cert(server.MemberUserId, "e"));

        var (status, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/credentials/{id}", body: new { credential = new { } });

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task Delete_Owner_Returns204ThenNotFound()
    {
        var id = await CreateAsync(Persona.ProjectMember, Cert(server.MemberUserId, "bye"));

        var (status, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/credentials/{id}", Persona.ProjectMember);
        var (after, _) = await server.SendAsync(HttpMethod.Get, $"/v3/credentials/{id}");

        Assert.Equal(204, status);
        Assert.Equal(404, after);
    }

    [Fact]
    public async Task Delete_AnotherUsersCredential_Returns403()
    {
        var theirs = await CreateAsync(Persona.ProjectBMember, Cert(server.OtherMemberUserId, "keep"));

        var (status, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/credentials/{theirs}", Persona.ProjectMember);

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task DeleteForUserAsync_UserDeleted_RemovesOnlyTheirCredentials()
    {
        var doomed = await CreateAsync(Persona.SystemAdmin, Cert("doomeduser", "gone"));
        var kept = await CreateAsync(Persona.ProjectMember, Cert(server.MemberUserId, "stays"));
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CredentialService>().DeleteForUserAsync("doomeduser", CancellationToken.None);
        }

        Assert.Equal(404, (await server.SendAsync(HttpMethod.Get, $"/v3/credentials/{doomed}")).Status);
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, $"/v3/credentials/{kept}")).Status);
    }

    private JsonObject Ec2(string userId, string blob) => new()
    {
        ["credential"] = new JsonObject { ["type"] = "ec2", ["user_id"] = userId, ["project_id"] = server.AlphaProjectId, ["blob"] = blob },
    };

    private static JsonObject Cert(string userId, string blob) => new()
    {
        ["credential"] = new JsonObject { ["type"] = "cert", ["user_id"] = userId, ["blob"] = blob },
    };

    private async Task<string> CreateAsync(Persona token, JsonObject request)
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/credentials", token, request.ToJsonString());
        Assert.Equal(201, status);
        return body!["credential"]!["id"]!.GetValue<string>();
    }
}
