using SharpStack.Identity.Tests.Assignments;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>A tag in a URL is percent-decoded once, then held to Keystone's tag rules (1 to 255 characters, no '/' or ',').</summary>
public sealed class ProjectTagInputTests(AssignmentsCloud server) : IClassFixture<AssignmentsCloud>
{
    [Theory]
    [InlineData("..%2F")]
    [InlineData("a%2fb")]
    [InlineData("a%2Cb")]
    [InlineData("a%0D%0Ab")]
    [InlineData("%0A")]
    public async Task AddTag_EncodedForbiddenCharacter_BadRequestAndNotStored(string encoded)
    {
        var project = await NewProjectAsync();

        var (status, _) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{project}/tags/{encoded}");

        Assert.Equal(400, status);
        Assert.Empty(await TagsAsync(project));
    }

    [Theory]
    [InlineData("a%2Bb", "a+b")]
    [InlineData("a%252F", "a%2F")]
    [InlineData("x%20y", "x y")]
    public async Task AddTag_Encoded_StoredDecodedOnceAndFoundAgain(string encoded, string expected)
    {
        var project = await NewProjectAsync();

        var (status, _) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{project}/tags/{encoded}");

        Assert.Equal(201, status);
        Assert.Equal([expected], await TagsAsync(project));
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Get, $"/v3/projects/{project}/tags/{encoded}")).Status);
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Delete, $"/v3/projects/{project}/tags/{encoded}")).Status);
        Assert.Empty(await TagsAsync(project));
    }

    [Fact]
    public async Task AddTag_256Characters_BadRequest()
    {
        var project = await NewProjectAsync();

        var (status, _) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{project}/tags/{new string('t', 256)}");

        Assert.Equal(400, status);
    }

    [Theory]
    [InlineData("[\"a\\r\\nb\"]")]
    [InlineData("[\"a/b\"]")]
    [InlineData("[\"\"]")]
    public async Task ReplaceTags_ForbiddenTag_BadRequestAndNotStored(string tags)
    {
        var project = await NewProjectAsync();

        var (status, _) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{project}/tags", body: $"{{\"tags\": {tags}}}");
        var (created, _) = await server.SendAsync(HttpMethod.Post, "/v3/projects",
            body: $"{{\"project\": {{\"name\": \"{Guid.NewGuid():N}\", \"domain_id\": \"{server.DomainId}\", \"tags\": {tags}}}}}");

        Assert.Equal(400, status);
        Assert.Equal(400, created);
        Assert.Empty(await TagsAsync(project));
    }

    private async Task<string> NewProjectAsync()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/projects",
            body: new { project = new { name = "p" + Guid.NewGuid().ToString("N")[..8], domain_id = server.DomainId } });
        Assert.Equal(201, status);
        return body!["project"]!["id"]!.GetValue<string>();
    }

    private async Task<List<string>> TagsAsync(string project)
    {
        var (_, body) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{project}/tags");
        return [.. body!["tags"]!.AsArray().Select(t => t!.GetValue<string>())];
    }
}
