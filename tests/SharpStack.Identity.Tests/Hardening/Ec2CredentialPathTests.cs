using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Ec2Credentials;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>An EC2 key pair is found only under its own user's path.</summary>
public sealed class Ec2CredentialPathTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    [Fact]
    public async Task ShowAndDelete_UnderAnotherUsersPath_NotFoundAndNothingDeleted()
    {
        var (ownerId, projectId, token) = await server.MemberAsync();
        var (otherId, _, _) = await server.MemberAsync(Persona.ProjectBMember);
        var (_, body) = await server.CallAsync(HttpMethod.Post, $"/v3/users/{ownerId}/credentials/OS-EC2", token, new JsonObject { ["tenant_id"] = projectId });
        var access = body!["credential"]!["access"]!.GetValue<string>();

        var (show, _) = await server.CallAsync(HttpMethod.Get, $"/v3/users/{otherId}/credentials/OS-EC2/{access}", token);
        var (delete, _) = await server.CallAsync(HttpMethod.Delete, $"/v3/users/{otherId}/credentials/OS-EC2/{access}", token);
        var (adminDelete, _) = await server.CallAsync(HttpMethod.Delete, $"/v3/users/{otherId}/credentials/OS-EC2/{access}", await server.AdminTokenAsync());

        Assert.Equal(404, show);
        Assert.Equal(404, delete);
        Assert.Equal(404, adminDelete);
        Assert.Equal(200, (await server.CallAsync(HttpMethod.Get, $"/v3/users/{ownerId}/credentials/OS-EC2/{access}", token)).Status);
    }
}
