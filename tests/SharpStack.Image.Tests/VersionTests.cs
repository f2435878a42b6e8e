using System.Net;
using SharpStack.Image.Tests.Support;

namespace SharpStack.Image.Tests;

public sealed class VersionTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Fact]
    public async Task RootAnswersMultipleChoicesWithEveryV2Version()
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/", persona: null);

        Assert.Equal(HttpStatusCode.MultipleChoices, status);
        var versions = body.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal("CURRENT", versions[0].GetProperty("status").GetString());
        Assert.Contains(versions, v => v.GetProperty("id").GetString() == "v2.0");
    }

    [Fact]
    public async Task VersionsPathAnswersOk()
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/versions", persona: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("versions").GetArrayLength() > 1);
    }

    [Fact]
    public async Task ApiRequiresAToken()
    {
        var (status, _, _) = await server.SendAsync(HttpMethod.Get, "/v2/images", persona: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task ListImages_TokenIdentityDoesNotKnow_Is401NamingIdentity()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("v2/images", UriKind.Relative));
        request.Headers.Add("X-Auth-Token", "gAAAAABnot-a-token-of-this-identity");

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal($"Keystone uri=\"{server.Cloud.Identity.V3Uri}\"", response.Headers.WwwAuthenticate.ToString());
    }
}
