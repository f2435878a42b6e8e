using System.Net;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Personas;
using static SharpStack.Identity.Tests.Api.Schemas.SchemaRequests;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary>
/// <c>PUT /v3/projects/{id}/tags</c>: keystone/resource/schema.py tags_update_request_body on the body, then project_tags_update
/// on its list, through HTTP.
/// </summary>
public sealed class ProjectTagSchemaTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private async Task<string> TaggedProjectAsync() =>
        await server.CreateAsync("/v3/projects", "project", $$$"""{"project": {"name": "{{{Unique("p")}}}", "tags": ["keep"]}}""");

    private async Task<IReadOnlyList<string?>> TagsAsync(string id)
    {
        var response = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{id}/tags", Persona.SystemAdmin);
        return [.. response.Body.GetProperty("tags").EnumerateArray().Select(t => t.GetString())];
    }

    [Theory]
    [InlineData("""{"tags": [5]}""", "Invalid input for field/attribute 0. Value: 5. 5 is not of type 'string'")]
    [InlineData("""{"tags": ["ok", "a,b"]}""", "Invalid input for field/attribute 1. Value: a,b. 'a,b' does not match '^[^,/]*$'")]
    [InlineData("""{"tags": ["a", "a"]}""", "['a', 'a'] has non-unique elements")]
    [InlineData("""{"tags": null}""", "Invalid input for field/attribute tags. Value: None. None is not of type 'array'")]
    [InlineData("""{}""", "{} is not of type 'array'")]
    [InlineData("""{"tags": ["a"], "project_id": "x"}""", "Additional properties are not allowed ('project_id' was unexpected)")]
    public async Task Replace_OutsideTheSchemas_BadRequestAndUnchanged(string json, string message)
    {
        var id = await TaggedProjectAsync();

        var response = await server.AdminAsync(HttpMethod.Put, $"/v3/projects/{id}/tags", json);

        response.AssertRefused(message);
        Assert.Equal(["keep"], await TagsAsync(id));
    }

    [Fact]
    public async Task Replace_TagOf256Characters_BadRequestAndUnchanged()
    {
        var id = await TaggedProjectAsync();
        var tag = new string('t', 256);

        var response = await server.AdminAsync(HttpMethod.Put, $"/v3/projects/{id}/tags", $$$"""{"tags": ["{{{tag}}}"]}""");

        response.AssertRefused($"Invalid input for field/attribute 0. Value: {tag}. '{tag}' is too long");
        Assert.Equal(["keep"], await TagsAsync(id));
    }

    [Fact]
    public async Task Replace_81Tags_BadRequestFromTheListSchemaAndUnchanged()
    {
        var id = await TaggedProjectAsync();
        var tags = string.Join(", ", Enumerable.Range(0, 81).Select(i => $"\"t{i}\""));

        var response = await server.AdminAsync(HttpMethod.Put, $"/v3/projects/{id}/tags", $$$"""{"tags": [{{{tags}}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith("['t0', 't1', ", response.Body.ErrorMessage(), StringComparison.Ordinal);
        Assert.EndsWith("'t80'] is too long", response.Body.ErrorMessage(), StringComparison.Ordinal);
        Assert.Equal(["keep"], await TagsAsync(id));
    }

    [Fact]
    public async Task Replace_80Tags_Replaced()
    {
        var id = await TaggedProjectAsync();
        var tags = string.Join(", ", Enumerable.Range(0, 80).Select(i => $"\"t{i}\""));

        var response = await server.AdminAsync(HttpMethod.Put, $"/v3/projects/{id}/tags", $$$"""{"tags": [{{{tags}}}]}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(80, (await TagsAsync(id)).Count);
    }
}
