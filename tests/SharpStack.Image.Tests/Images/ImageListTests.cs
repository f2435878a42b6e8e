using System.Net;
using System.Text.Json;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Images;

public sealed class ImageListTests(ImageServer server) : IClassFixture<ImageServer>
{
    private async Task<List<string>> IdsAsync(string query, Persona persona = Persona.ProjectMember)
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/images" + query, persona);
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. body.GetProperty("images").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }

    private static string Tag() => "t" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task List_Body_HasFirstAndSchema()
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/images?name=nothing", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("/v2/images?name=nothing", body.GetProperty("first").GetString());
        Assert.Equal("/v2/schemas/images", body.GetProperty("schema").GetString());
        Assert.False(body.TryGetProperty("next", out _));
    }

    [Fact]
    public async Task List_DefaultVisibility_FollowsGlance()
    {
        var tag = Tag();
        var own = await server.CreateImageAsync(Persona.ProjectBMember, $$"""{"visibility": "private", "tags": ["{{tag}}"]}""");
        var publicImage = await server.CreateImageAsync(Persona.CloudAdmin, $$"""{"visibility": "public", "tags": ["{{tag}}"]}""");
        var othersPrivate = await server.CreateImageAsync(Persona.ProjectMember, $$"""{"visibility": "private", "tags": ["{{tag}}"]}""");
        var othersCommunity = await server.CreateImageAsync(Persona.ProjectMember, $$"""{"visibility": "community", "tags": ["{{tag}}"]}""");
        var sharedAccepted = await server.CreateImageAsync(Persona.ProjectMember, $$"""{"tags": ["{{tag}}"]}""");
        var sharedPending = await server.CreateImageAsync(Persona.ProjectMember, $$"""{"tags": ["{{tag}}"]}""");
        var hidden = await server.CreateImageAsync(Persona.ProjectBMember, $$"""{"os_hidden": true, "tags": ["{{tag}}"]}""");
        foreach (var shared in new[] { sharedAccepted, sharedPending })
        {
            await server.SendAsync(HttpMethod.Post, $"/v2/images/{shared}/members", Persona.ProjectMember, $$"""{"member": "{{server.Targets.ProjectBId}}"}""");
        }

        await server.SendAsync(HttpMethod.Put, $"/v2/images/{sharedAccepted}/members/{server.Targets.ProjectBId}", Persona.ProjectBMember, """{"status": "accepted"}""");

        var listed = await IdsAsync($"?tag={tag}", Persona.ProjectBMember);
        Assert.Equal(new[] { own, publicImage, sharedAccepted }.Order(), listed.Order());
        Assert.Contains(othersCommunity, await IdsAsync($"?tag={tag}&visibility=community", Persona.ProjectBMember));
        Assert.Contains(sharedPending, await IdsAsync($"?tag={tag}&member_status=pending", Persona.ProjectBMember));
        Assert.Equal([hidden], await IdsAsync($"?tag={tag}&os_hidden=true", Persona.ProjectBMember));
        Assert.DoesNotContain(othersPrivate, await IdsAsync($"?tag={tag}&visibility=all", Persona.ProjectBMember));
        Assert.Contains(othersPrivate, await IdsAsync($"?tag={tag}", Persona.CloudAdmin));
    }

    [Fact]
    public async Task List_Filters_NameStatusFormatsOwnerPropertiesTagsAndIdIn()
    {
        var tag = Tag();
        var a = await server.CreateImageAsync(Persona.ProjectMember, $$"""{"name": "alpha", "disk_format": "qcow2", "container_format": "bare", "tags": ["{{tag}}", "x"], "os_distro": "debian"}""");
        var b = await server.CreateImageAsync(Persona.ProjectMember, $$"""{"name": "beta", "disk_format": "raw", "container_format": "bare", "tags": ["{{tag}}"], "os_distro": "ubuntu"}""");
        var c = await server.CreateImageAsync(Persona.ProjectMember, $$"""{"name": "gamma", "disk_format": "raw", "container_format": "ovf", "tags": ["{{tag}}"], "protected": true}""");

        Assert.Equal([a], await IdsAsync($"?tag={tag}&name=alpha"));
        Assert.Equal(new[] { b, c }.Order(), (await IdsAsync($"?tag={tag}&disk_format=raw")).Order());
        Assert.Equal([c], await IdsAsync($"?tag={tag}&container_format=ovf"));
        Assert.Equal([a], await IdsAsync($"?tag={tag}&tag=x"));
        Assert.Equal([b], await IdsAsync($"?tag={tag}&os_distro=ubuntu"));
        Assert.Equal([c], await IdsAsync($"?tag={tag}&protected=true"));
        Assert.Equal(3, (await IdsAsync($"?tag={tag}&status=queued&owner={server.Targets.ProjectAId}")).Count);
        Assert.Equal(new[] { a, b }.Order(), (await IdsAsync($"?tag={tag}&id=in:{a},{b}")).Order());
        Assert.Equal(new[] { a, c }.Order(), (await IdsAsync($"?tag={tag}&name=in:alpha,\"gamma\"")).Order());
        Assert.Empty(await IdsAsync($"?tag={tag}&size_min=1"));
    }

    [Fact]
    public async Task List_CreatedAtOperators_CompareIsoTimes()
    {
        var tag = Tag();
        var id = await server.CreateImageAsync(Persona.ProjectMember, $$"""{"tags": ["{{tag}}"]}""");

        Assert.Equal([id], await IdsAsync($"?tag={tag}&created_at=gte:2000-01-01T00:00:00Z"));
        Assert.Empty(await IdsAsync($"?tag={tag}&created_at=lt:2000-01-01T00:00:00Z"));
        Assert.Equal([id], await IdsAsync($"?tag={tag}&updated_at=lte:2999-01-01T00:00:00Z"));
    }

    [Fact]
    public async Task List_SortAndPaging_FollowMarkersWithNextLinks()
    {
        var tag = Tag();
        var names = new[] { "d", "b", "e", "a", "c" };
        foreach (var name in names)
        {
            await server.CreateImageAsync(Persona.ProjectMember, $$"""{"name": "{{name}}", "tags": ["{{tag}}"]}""");
        }

        var seen = new List<string>();
        var path = $"/v2/images?tag={tag}&sort=name:asc&limit=2";
        for (var pages = 0; path is not null && pages < 5; pages++)
        {
            var (status, body, _) = await server.SendAsync(HttpMethod.Get, path, Persona.ProjectMember);
            Assert.Equal(HttpStatusCode.OK, status);
            seen.AddRange(body.GetProperty("images").EnumerateArray().Select(i => i.GetProperty("name").GetString()!));
            path = body.TryGetProperty("next", out var next) ? next.GetString() : null;
        }

        Assert.Equal(["a", "b", "c", "d", "e"], seen);
        var (_, classic, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images?tag={tag}&sort_key=name&sort_dir=desc", Persona.ProjectMember);
        Assert.Equal(["e", "d", "c", "b", "a"], classic.GetProperty("images").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("?limit=abc", "limit param must be an integer")]
    [InlineData("?limit=-1", "limit param must be positive")]
    [InlineData("?sort_key=owner", "Invalid sort key: owner.")]
    [InlineData("?sort_dir=up", "Invalid sort direction: up")]
    [InlineData("?sort=name&sort_key=name", "Old and new sorting syntax cannot be combined")]
    [InlineData("?visibility=secret", "Invalid visibility value: secret")]
    [InlineData("?member_status=maybe", "Invalid status: maybe")]
    [InlineData("?os_hidden=maybe", "Invalid value 'maybe' for 'os_hidden' filter.")]
    [InlineData("?size_min=big", "Unable to filter on a range with a non-numeric value.")]
    [InlineData("?created_at=gte:yesterday", "Bad \"created_at\" query filter format.")]
    [InlineData("?name=like:x", "Unable to filter by unknown operator 'like'.")]
    [InlineData("?marker=4b2e8d7c-0000-4000-8000-000000000000", "No image found with ID 4b2e8d7c-0000-4000-8000-000000000000")]
    public async Task List_BadParameter_AnswersBadRequest(string query, string message)
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/images" + query, Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(message, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_MarkerOfAnotherProjectsPrivateImage_AnswersBadRequest()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember, """{"visibility": "private"}""");

        var (status, _, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images?marker={id}", Persona.ProjectBMember);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task List_Reader_MayList()
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/images", Persona.ProjectReader);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Array, body.GetProperty("images").ValueKind);
    }
}
