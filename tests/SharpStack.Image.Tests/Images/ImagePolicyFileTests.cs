using System.Net;
using SharpStack.Image.Tests.Support;

namespace SharpStack.Image.Tests.Images;

public sealed class ImagePolicyFileTests(PolicyFileServer server) : IClassFixture<PolicyFileServer>
{
    [Fact]
    public async Task PolicyFile_OverridesGlancesDefaults()
    {
        var (memberList, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/images", ImagePersona.MemberA);
        var (adminList, _, _) = await server.SendAsync(HttpMethod.Get, "/v2/images", ImagePersona.Admin);
        var (readerCreate, _, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", ImagePersona.ReaderA, "{}");

        Assert.Equal(HttpStatusCode.Forbidden, memberList);
        Assert.StartsWith("You are not authorized to complete get_images action.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, adminList);
        Assert.Equal(HttpStatusCode.Created, readerCreate);
    }
}
