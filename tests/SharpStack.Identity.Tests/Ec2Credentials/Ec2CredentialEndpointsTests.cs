using System.Text.Json.Nodes;
using SharpStack.Identity.Application.Ec2Credentials;
using SharpStack.Identity.Tests.Auth;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Ec2Credentials;

public sealed class Ec2CredentialEndpointsTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    [Fact]
    public async Task Create_ByMember_ReturnsKeyPairWithTenantAndLink()
    {
        var (userId, projectId, token) = await server.MemberAsync();

        var (status, body) = await server.CallAsync(HttpMethod.Post, $"/v3/users/{userId}/credentials/OS-EC2", token, new JsonObject { ["tenant_id"] = projectId });

        Assert.Equal(201, status);
        var credential = body!["credential"]!;
        var access = credential["access"]!.GetValue<string>();
        Assert.Matches("^[0-9a-f]{32}$", access);
        Assert.Matches("^[0-9a-f]{32}$", credential["secret"]!.GetValue<string>());
        Assert.Equal(userId, credential["user_id"]!.GetValue<string>());
        Assert.Equal(projectId, credential["tenant_id"]!.GetValue<string>());
        Assert.Null(credential["trust_id"]);
        Assert.Equal(new Uri(server.BaseUri, $"v3/users/{userId}/credentials/OS-EC2/{access}").ToString(), credential["links"]!["self"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_IsStoredAsEc2CredentialKeyedByAccessHash()
    {
        var admin = await server.AdminTokenAsync();
        var (userId, projectId, token) = await server.MemberAsync();
        var (_, body) = await server.CallAsync(HttpMethod.Post, $"/v3/users/{userId}/credentials/OS-EC2", token, new JsonObject { ["tenant_id"] = projectId });
        var access = body!["credential"]!["access"]!.GetValue<string>();

        var (status, stored) = await server.CallAsync(HttpMethod.Get, $"/v3/credentials/{Ec2CredentialService.CredentialId(access)}", admin);

        Assert.Equal(200, status);
        Assert.Equal("ec2", stored!["credential"]!["type"]!.GetValue<string>());
        Assert.Contains(access, stored["credential"]!["blob"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListShowDelete_OwnCredentials_RoundTrip()
    {
        var (userId, projectId, token) = await server.MemberAsync();
        var path = $"/v3/users/{userId}/credentials/OS-EC2";
        var (_, first) = await server.CallAsync(HttpMethod.Post, path, token, new JsonObject { ["tenant_id"] = projectId });
        var (_, second) = await server.CallAsync(HttpMethod.Post, path, token, new JsonObject { ["tenant_id"] = projectId });
        var access = first!["credential"]!["access"]!.GetValue<string>();

        var (listStatus, list) = await server.CallAsync(HttpMethod.Get, path, token);
        var (showStatus, shown) = await server.CallAsync(HttpMethod.Get, $"{path}/{access}", token);
        var (deleteStatus, _) = await server.CallAsync(HttpMethod.Delete, $"{path}/{access}", token);
        var (afterStatus, _) = await server.CallAsync(HttpMethod.Get, $"{path}/{access}", token);

        Assert.Equal(200, listStatus);
        var listed = list!["credentials"]!.AsArray().Select(c => c!["access"]!.GetValue<string>()).ToList();
        Assert.Contains(access, listed);
        Assert.Contains(second!["credential"]!["access"]!.GetValue<string>(), listed);
        Assert.Equal(200, showStatus);
        Assert.Equal(first["credential"]!["secret"]!.GetValue<string>(), shown!["credential"]!["secret"]!.GetValue<string>());
        Assert.Equal(204, deleteStatus);
        Assert.Equal(404, afterStatus);
    }

    [Fact]
    public async Task Create_UnknownProject_Returns404()
    {
        var (userId, _, token) = await server.MemberAsync();

        var (status, body) = await server.CallAsync(HttpMethod.Post, $"/v3/users/{userId}/credentials/OS-EC2", token, new JsonObject { ["tenant_id"] = "nope" });

        Assert.Equal(404, status);
        Assert.Equal("Could not find project: nope.", body.Message());
    }

    [Fact]
    public async Task Create_ForAnotherUser_Returns403()
    {
        var (_, projectId, token) = await server.MemberAsync();
        var (otherUserId, _, _) = await server.MemberAsync(Persona.ProjectBMember);

        var (status, _) = await server.CallAsync(HttpMethod.Post, $"/v3/users/{otherUserId}/credentials/OS-EC2", token, new JsonObject { ["tenant_id"] = projectId });

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task ListAndShow_AnotherUsersCredentials_Return403()
    {
        var admin = await server.AdminTokenAsync();
        var (ownerId, projectId, ownerToken) = await server.MemberAsync();
        var (_, _, otherToken) = await server.MemberAsync(Persona.ProjectBMember);
        var (_, body) = await server.CallAsync(HttpMethod.Post, $"/v3/users/{ownerId}/credentials/OS-EC2", ownerToken, new JsonObject { ["tenant_id"] = projectId });
        var access = body!["credential"]!["access"]!.GetValue<string>();

        var (listStatus, _) = await server.CallAsync(HttpMethod.Get, $"/v3/users/{ownerId}/credentials/OS-EC2", otherToken);
        var (showStatus, _) = await server.CallAsync(HttpMethod.Get, $"/v3/users/{ownerId}/credentials/OS-EC2/{access}", otherToken);
        var (adminStatus, _) = await server.CallAsync(HttpMethod.Get, $"/v3/users/{ownerId}/credentials/OS-EC2/{access}", admin);

        Assert.Equal(403, listStatus);
        Assert.Equal(403, showStatus);
        Assert.Equal(200, adminStatus);
    }

    [Fact]
    public async Task Show_UnknownAccess_Returns404()
    {
        var (userId, _, token) = await server.MemberAsync();

        var (status, body) = await server.CallAsync(HttpMethod.Get, $"/v3/users/{userId}/credentials/OS-EC2/unknown", token);

        Assert.Equal(404, status);
        Assert.Equal($"Could not find credential: {Ec2CredentialService.CredentialId("unknown")}.", body.Message());
    }

    [Fact]
    public async Task List_WithoutToken_Returns401()
    {
        var (status, _) = await server.CallAsync(HttpMethod.Get, "/v3/users/x/credentials/OS-EC2", token: null);

        Assert.Equal(401, status);
    }
}
