using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Limits;

namespace SharpStack.Identity.Tests.ResourceOptions;

public sealed class ImmutableOptionTests(LimitsCloud server) : IClassFixture<LimitsCloud>
{
    public static TheoryData<string> Kinds => ["project", "domain", "role"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Create_WithoutOptions_ShowsEmptyOptions(string kind)
    {
        var created = await CreateAsync(kind, immutable: null);

        var (status, body) = await server.SendAsync(HttpMethod.Get, $"/v3/{kind}s/{created}");

        Assert.Equal(200, status);
        Assert.Equal("{}", body![kind]!["options"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Create_Immutable_StoresAndShowsTheOption(string kind)
    {
        var created = await CreateAsync(kind, immutable: true);

        var (_, body) = await server.SendAsync(HttpMethod.Get, $"/v3/{kind}s/{created}");

        Assert.True(body![kind]!["options"]!["immutable"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Update_Immutable_Returns403(string kind)
    {
        var created = await CreateAsync(kind, immutable: true);

        var (status, body) = await server.SendAsync(HttpMethod.Patch, $"/v3/{kind}s/{created}", body: Member(kind, new { description = "changed" }));

        Assert.Equal(403, status);
        Assert.Equal($"Unable to update immutable {kind} resource: `{created}. Set resource option \"immutable\" to false first.", Message(body));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Update_ImmutableTurnedOffWithOtherChanges_Returns403(string kind)
    {
        var created = await CreateAsync(kind, immutable: true);

        var (status, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/{kind}s/{created}",
            body: Member(kind, new { description = "changed", options = new { immutable = false } }));

        Assert.Equal(403, status);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Delete_Immutable_Returns403(string kind)
    {
        var created = await CreateAsync(kind, immutable: true);
        if (kind == "domain")
        {
            await server.SendAsync(HttpMethod.Patch, $"/v3/domains/{created}", body: Member(kind, new { options = new { immutable = false } }));
            await server.SendAsync(HttpMethod.Patch, $"/v3/domains/{created}", body: Member(kind, new { enabled = false }));
            await server.SendAsync(HttpMethod.Patch, $"/v3/domains/{created}", body: Member(kind, new { options = new { immutable = true } }));
        }

        var (status, body) = await server.SendAsync(HttpMethod.Delete, $"/v3/{kind}s/{created}");
        var (still, _) = await server.SendAsync(HttpMethod.Get, $"/v3/{kind}s/{created}");

        Assert.Equal(403, status);
        Assert.Equal($"Unable to delete immutable {kind} resource: `{created}. Set resource option \"immutable\" to false first.", Message(body));
        Assert.Equal(200, still);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Update_TurningImmutableOff_AllowsUpdateAndDelete(string kind)
    {
        var created = await CreateAsync(kind, immutable: true);

        var (unlocked, body) = await server.SendAsync(HttpMethod.Patch, $"/v3/{kind}s/{created}", body: Member(kind, new { options = new { immutable = false } }));
        var (updated, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/{kind}s/{created}",
            body: kind == "domain" ? Member(kind, new { enabled = false }) : Member(kind, new { description = "changed" }));
        var (deleted, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/{kind}s/{created}");

        Assert.Equal(200, unlocked);
        Assert.False(body![kind]!["options"]!["immutable"]!.GetValue<bool>());
        Assert.Equal(200, updated);
        Assert.Equal(204, deleted);
    }

    [Fact]
    public async Task Update_ImmutableNull_RemovesTheOption()
    {
        var created = await CreateAsync("project", immutable: true);

        var (status, body) = await server.SendAsync(HttpMethod.Patch, $"/v3/projects/{created}", body: """{"project":{"options":{"immutable":null}}}""");

        Assert.Equal(200, status);
        Assert.Equal("{}", body!["project"]!["options"]!.ToJsonString());
    }

    [Fact]
    public async Task Update_MutableProjectMadeImmutable_RefusesTheNextUpdate()
    {
        var created = await CreateAsync("project", immutable: null);

        var (locked, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/projects/{created}",
            body: Member("project", new { description = "locked", options = new { immutable = true } }));
        var (next, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/projects/{created}", body: Member("project", new { name = "renamed" }));

        Assert.Equal(200, locked);
        Assert.Equal(403, next);
    }

    [Theory]
    [InlineData("PUT", "/tags/blue", "create")]
    [InlineData("PUT", "/tags", "update")]
    [InlineData("DELETE", "/tags", "update")]
    [InlineData("DELETE", "/tags/blue", "delete")]
    public async Task Tags_OfImmutableProject_Return403(string method, string path, string operation)
    {
        var created = await CreateAsync("project", immutable: true);

        var (status, body) = await server.SendAsync(new HttpMethod(method), $"/v3/projects/{created}{path}",
            body: path == "/tags" && method == "PUT" ? """{"tags":["red"]}""" : null);

        Assert.Equal(403, status);
        Assert.Equal($"Cannot {operation} project tags for {created}, project is immutable. Set \"immutable\" option to false before creating project tags.",
            Message(body));
    }

    private async Task<string> CreateAsync(string kind, bool? immutable)
    {
        var resource = new JsonObject { ["name"] = Guid.NewGuid().ToString("N") };
        if (kind == "project")
        {
            resource["domain_id"] = server.DomainId;
        }

        if (immutable is { } value)
        {
            resource["options"] = new JsonObject { ["immutable"] = value };
        }

        var (status, body) = await server.SendAsync(HttpMethod.Post, $"/v3/{kind}s", body: new JsonObject { [kind] = resource }.ToJsonString());
        Assert.Equal(201, status);
        return body![kind]!["id"]!.GetValue<string>();
    }

    private static Dictionary<string, object> Member(string kind, object resource) => new() { [kind] = resource };

    private static string Message(JsonNode? body) => body!["error"]!["message"]!.GetValue<string>();
}
