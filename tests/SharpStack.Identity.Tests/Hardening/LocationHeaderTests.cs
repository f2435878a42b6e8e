using System.Net;
using System.Text;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Hardening;

public sealed class LocationHeaderTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    [Theory]
    [InlineData("🙂")]
    [InlineData("é")]
    [InlineData("a b?c#d")]
    [InlineData("50%")]
    public async Task AddProjectTag_NonAsciiOrReserved_201WithPercentEncodedLocationThatResolves(string tag)
    {
        var (_, project, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/projects", Persona.SystemAdmin, $$$"""{"project": {"name": "tagged-{{{Guid.NewGuid():N}}}"}}""");
        var projectId = project.Id("project");

        var (status, _, _, headers) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{projectId}/tags/{Uri.EscapeDataString(tag)}", Persona.SystemAdmin);
        var location = headers.Location!;
        var (found, _, _, _) = await server.SendAsync(HttpMethod.Get, location.PathAndQuery, Persona.SystemAdmin);
        var (_, list, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{projectId}/tags", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.True(Ascii.IsValid(location.OriginalString), location.OriginalString);
        Assert.Equal($"{server.BaseUri}v3/projects/{projectId}/tags/{Uri.EscapeDataString(tag)}", location.OriginalString);
        Assert.Equal(HttpStatusCode.NoContent, found);
        Assert.Equal([tag], list.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }
}
