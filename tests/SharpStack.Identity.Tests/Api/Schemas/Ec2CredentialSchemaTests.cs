using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Ec2Credentials;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary>
/// OS-EC2 create bodies: Keystone declares no schema and only looks <c>tenant_id</c> up, so a body is refused only when
/// it is not an object, and any tenant id is a project to find.
/// </summary>
public sealed class Ec2CredentialSchemaTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    [Fact]
    public async Task Create_BodyNotAnObject_BadRequestAndNothingStored()
    {
        var (userId, _, token) = await server.MemberAsync();
        var before = await CountAsync(userId, token);

        var (status, body) = await server.CallAsync(HttpMethod.Post, $"/v3/users/{userId}/credentials/OS-EC2", token, JsonNode.Parse("[\"x\"]"));

        Assert.Equal(400, status);
        Assert.Equal("['x'] is not of type 'object'", body.Message());
        Assert.Equal(before, await CountAsync(userId, token));
    }

    [Fact]
    public async Task Create_OtherMembers_AcceptedAsUpstreamIgnoresThem()
    {
        var (userId, projectId, token) = await server.MemberAsync();

        var (status, body) = await server.CallAsync(HttpMethod.Post, $"/v3/users/{userId}/credentials/OS-EC2", token,
            new JsonObject { ["tenant_id"] = projectId, ["access"] = "chosen", ["note"] = 5 });

        Assert.Equal(201, status);
        Assert.NotEqual("chosen", body!["credential"]!["access"]!.GetValue<string>());
    }

    private async Task<int> CountAsync(string userId, string token)
    {
        var (_, list) = await server.CallAsync(HttpMethod.Get, $"/v3/users/{userId}/credentials/OS-EC2", token);
        return list!["credentials"]!.AsArray().Count;
    }
}
