using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SharpStack.Common.Json;
using SharpStack.Hosting.Bodies;
using SharpStack.Hosting.Tests.Infrastructure;

namespace SharpStack.Hosting.Tests.Bodies;

public sealed class BodySchemaTests
{
    public sealed record Server(string Name);

    public sealed record CreateServer(Server Server);

    private static readonly RequestBodySchema _create = RequestBodySchema.Parse(
        """
        {"type": "object", "required": ["server"], "additionalProperties": false,
         "properties": {"server": {"type": "object", "required": ["name"], "additionalProperties": false,
                                   "properties": {"name": {"type": "string", "minLength": 1}}}}}
        """,
        SchemaFaultStyle.Keystone);

    private static Task<TestApi> StartAsync() => TestApi.StartAsync(
        TestOptions.Compute(),
        app =>
        {
            app.MapPost("/servers", (JsonBody<CreateServer> body) => body.Value.Server.Name).WithBodySchema(_create);
            app.MapPost("/unchecked", (JsonBody<CreateServer> body) => body.Value.Server.Name);
            app.MapPost("/raw", async (HttpRequest request) => (await request.ReadJsonBodyAsync(request.HttpContext.RequestAborted)).GetProperty("server").GetRawText())
                .WithBodySchema(_create);
        });

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<(HttpStatusCode Status, string Message)> PostAsync(TestApi api, string path, string json)
    {
        using var response = await api.Client.PostAsync(new Uri(path, UriKind.Relative), Json(json));
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return (response.StatusCode, text);
        }

        using var fault = JsonDocument.Parse(text);
        return (response.StatusCode, fault.RootElement.EnumerateObject().First().Value.GetProperty("message").GetString() ?? string.Empty);
    }

    [Fact]
    public async Task JsonBody_FailsSchema_400WithSchemaMessageBeforeBinding()
    {
        await using var api = await StartAsync();

        var (status, message) = await PostAsync(api, "/servers", """{"server": {"name": "vm", "flavor": 1}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Invalid input for field/attribute server. Value: {'name': 'vm', 'flavor': 1}. Additional properties are not allowed ('flavor' was unexpected)", message);
    }

    [Fact]
    public async Task JsonBody_WithoutSchema_BindsAsBefore()
    {
        await using var api = await StartAsync();

        var (status, text) = await PostAsync(api, "/unchecked", """{"server": {"name": "vm", "flavor": 1}}""");

        Assert.Equal((HttpStatusCode.OK, "vm"), (status, text));
    }

    [Fact]
    public async Task JsonBody_MatchesSchema_Binds()
    {
        await using var api = await StartAsync();

        var (status, text) = await PostAsync(api, "/servers", """{"server": {"name": "vm"}}""");

        Assert.Equal((HttpStatusCode.OK, "vm"), (status, text));
    }

    [Fact]
    public async Task ReadJsonBodyAsync_Element_ChecksEndpointSchema()
    {
        await using var api = await StartAsync();

        var (status, message) = await PostAsync(api, "/raw", """{"server": {"name": ""}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Invalid input for field/attribute name. Value: . '' is too short", message);
    }

    [Fact]
    public async Task ReadJsonBodyAsync_Element_ReturnsDetachedCopy()
    {
        await using var api = await StartAsync();

        var (status, text) = await PostAsync(api, "/raw", """{"server": {"name": "vm"}}""");

        Assert.Equal((HttpStatusCode.OK, """{"name": "vm"}"""), (status, text));
    }
}
