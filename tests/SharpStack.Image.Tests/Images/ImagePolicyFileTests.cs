using System.Net;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Images;

public sealed class ImagePolicyFileTests(ImagePolicyFileTests.Server server) : IClassFixture<ImagePolicyFileTests.Server>
{
    [Fact]
    public async Task PolicyFile_OverridesGlancesDefaults()
    {
        var (memberList, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/images", Persona.ProjectMember);
        var (adminList, _, _) = await server.SendAsync(HttpMethod.Get, "/v2/images", Persona.CloudAdmin);
        var (readerCreate, _, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", Persona.ProjectReader, "{}");

        Assert.Equal(HttpStatusCode.Forbidden, memberList);
        Assert.StartsWith("You are not authorized to complete get_images action.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, adminList);
        Assert.Equal(HttpStatusCode.Created, readerCreate);
    }

    /// <summary>The Image API with an <c>[oslo_policy] policy_file</c> that makes listing images admin-only and lets readers create.</summary>
    public sealed class Server : ImageServer
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings()
        {
            var policyFile = Path.Combine(ConfigDirectory.FullName, "policy.yaml");
            File.WriteAllText(policyFile, """
                "get_images": "role:admin"
                "add_image": "role:reader and project_id:%(owner)s"
                "identity:list_users": "role:admin"
                """);
            return [.. base.Settings(), new("oslo_policy:policy_file", policyFile)];
        }
    }
}
