using SharpStack.Identity.Tests.Assignments;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>Bodies Keystone's request schemas reject (keystone/*/schema.py), answered 400 before anything is stored.</summary>
public sealed class SchemaBodyTests(AssignmentsCloud server) : IClassFixture<AssignmentsCloud>
{
    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    [Theory]
    [InlineData("regions", "region")]
    [InlineData("roles", "role")]
    [InlineData("services", "service")]
    [InlineData("endpoints", "endpoint")]
    public async Task Patch_EmptyResourceObject_BadRequestNotEnoughProperties(string collection, string member)
    {
        var id = await ExistingIdAsync(collection);

        var (status, error) = await server.SendAsync(HttpMethod.Patch, $"/v3/{collection}/{id}", body: $"{{\"{member}\": {{}}}}");

        Assert.Equal(400, status);
        Assert.Contains("does not have enough properties", Message(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("true")]
    [InlineData("{\"a\": 1}")]
    [InlineData("[\"a\"]")]
    public async Task CreateUser_DescriptionNotStringOrNull_BadRequestAndNotStored(string description)
    {
        var name = Unique("u");

        var (status, error) = await server.SendAsync(HttpMethod.Post, "/v3/users",
            body: $"{{\"user\": {{\"name\": \"{name}\", \"domain_id\": \"{server.DomainId}\", \"description\": {description}}}}}");

        Assert.Equal(400, status);
        Assert.Contains("description", Message(error), StringComparison.Ordinal);
        var (_, list) = await server.SendAsync(HttpMethod.Get, $"/v3/users?name={name}");
        Assert.Empty(list!["users"]!.AsArray());
    }

    [Fact]
    public async Task UpdateUser_DescriptionNumber_BadRequest_NullAndStringAccepted()
    {
        var (_, created) = await server.SendAsync(HttpMethod.Post, "/v3/users", body: new { user = new { name = Unique("u"), domain_id = server.DomainId } });
        var id = created!["user"]!["id"]!.GetValue<string>();

        var (number, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/users/{id}", body: "{\"user\": {\"description\": 12}}");
        var (text, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/users/{id}", body: "{\"user\": {\"description\": \"d\"}}");
        var (cleared, body) = await server.SendAsync(HttpMethod.Patch, $"/v3/users/{id}", body: "{\"user\": {\"description\": null}}");

        Assert.Equal(400, number);
        Assert.Equal(200, text);
        Assert.Equal(200, cleared);
        Assert.Null(body!["user"]!["description"]);
    }

    [Theory]
    [InlineData("\"x\"", "options")]
    [InlineData("[]", "options")]
    [InlineData("5", "options")]
    [InlineData("{\"immutable\": \"yes\"}", "immutable")]
    [InlineData("{\"unknown\": true}", "options")]
    public async Task CreateRole_OptionsOfWrongType_BadRequestAndNotStored(string options, string field)
    {
        var name = Unique("role");

        var (status, error) = await server.SendAsync(HttpMethod.Post, "/v3/roles", body: $"{{\"role\": {{\"name\": \"{name}\", \"options\": {options}}}}}");

        Assert.Equal(400, status);
        Assert.Contains(field, Message(error), StringComparison.Ordinal);
        var (_, list) = await server.SendAsync(HttpMethod.Get, $"/v3/roles?name={name}");
        Assert.Empty(list!["roles"]!.AsArray());
    }

    [Fact]
    public async Task UpdateRole_OptionsString_BadRequest()
    {
        var (_, created) = await server.SendAsync(HttpMethod.Post, "/v3/roles", body: new { role = new { name = Unique("role") } });
        var id = created!["role"]!["id"]!.GetValue<string>();

        var (status, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/roles/{id}", body: "{\"role\": {\"options\": \"x\"}}");

        Assert.Equal(400, status);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\\t\\n ")]
    public async Task CreateService_WhitespaceOnlyName_BadRequestAndNotStored(string name)
    {
        var type = Unique("t");

        var (status, error) = await server.SendAsync(HttpMethod.Post, "/v3/services", body: $"{{\"service\": {{\"type\": \"{type}\", \"name\": \"{name}\"}}}}");

        Assert.Equal(400, status);
        Assert.Contains("name", Message(error), StringComparison.Ordinal);
        var (_, list) = await server.SendAsync(HttpMethod.Get, $"/v3/services?type={type}");
        Assert.Empty(list!["services"]!.AsArray());
    }

    [Fact]
    public async Task UpdateService_WhitespaceOnlyName_BadRequest()
    {
        var id = await ExistingIdAsync("services");

        var (status, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/services/{id}", body: "{\"service\": {\"name\": \"   \"}}");

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task CreateRegion_IdLongerThan255_BadRequestAndNotStored()
    {
        var id = new string('r', 5000);

        var (posted, error) = await server.SendAsync(HttpMethod.Post, "/v3/regions", body: new { region = new { id } });
        var (put, _) = await server.SendAsync(HttpMethod.Put, $"/v3/regions/{id}", body: new { region = new { description = "d" } });
        var (parent, _) = await server.SendAsync(HttpMethod.Post, "/v3/regions", body: new { region = new { parent_region_id = id } });

        Assert.Equal(400, posted);
        Assert.Contains("is too long", Message(error), StringComparison.Ordinal);
        Assert.Equal(400, put);
        Assert.Equal(400, parent);
        Assert.Equal(404, (await server.SendAsync(HttpMethod.Get, $"/v3/regions/{id}")).Status);
    }

    [Fact]
    public async Task CreateRegion_Id255Characters_Created()
    {
        var id = Unique("r") + new string('x', 246);

        var (status, _) = await server.SendAsync(HttpMethod.Post, "/v3/regions", body: new { region = new { id } });

        Assert.Equal(201, status);
    }

    private async Task<string> ExistingIdAsync(string collection)
    {
        switch (collection)
        {
            case "regions":
                var region = Unique("r");
                Assert.Equal(201, (await server.SendAsync(HttpMethod.Post, "/v3/regions", body: new { region = new { id = region } })).Status);
                return region;
            case "roles":
                return await CreateAsync("roles", "role", new { role = new { name = Unique("role") } });
            case "services":
                return await CreateAsync("services", "service", new { service = new { type = Unique("t") } });
            case "endpoints":
                var service = await CreateAsync("services", "service", new { service = new { type = Unique("t") } });
                return await CreateAsync("endpoints", "endpoint", new { endpoint = new { service_id = service, @interface = "public", url = "http://127.0.0.1:1/v1" } });
            default:
                throw new ArgumentOutOfRangeException(nameof(collection), collection, null);
        }
    }

    private async Task<string> CreateAsync(string collection, string member, object body)
    {
        var (status, created) = await server.SendAsync(HttpMethod.Post, $"/v3/{collection}", body: body);
        Assert.Equal(201, status);
        return created![member]!["id"]!.GetValue<string>();
    }

    private static string Message(System.Text.Json.Nodes.JsonNode? error) => error!["error"]!["message"]!.GetValue<string>();
}
