using SharpStack.Identity.Tests.Limits;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.PolicyBlobs;

public sealed class PolicyBlobEndpointsTests(LimitsCloud server) : IClassFixture<LimitsCloud>
{
    private const string Blob = "{'foobar_user': 'role:compute-user'}";

    [Fact]
    public async Task Create_Admin_Returns201WithBlobAsString()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/policies", body: new { policy = new { blob = Blob, type = "application/json" } });

        Assert.Equal(201, status);
        var policy = body!["policy"]!;
        Assert.Equal(Blob, policy["blob"]!.GetValue<string>());
        Assert.Equal("application/json", policy["type"]!.GetValue<string>());
        Assert.Equal(32, policy["id"]!.GetValue<string>().Length);
        Assert.EndsWith($"/v3/policies/{policy["id"]}", policy["links"]!["self"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_MissingType_Returns400()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/policies", body: new { policy = new { blob = Blob } });

        Assert.Equal(400, status);
        Assert.Contains("'type' is a required property", body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Persona.ProjectMember)]
    [InlineData(Persona.ProjectReader)]
    public async Task Create_NonAdmin_Returns403(Persona token)
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/policies", token, new { policy = new { blob = Blob, type = "t" } });

        Assert.Equal(403, status);
        Assert.Equal("You are not authorized to perform the requested action: identity:create_policy.", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_FilterByType_ReturnsOnlyThatType()
    {
        await server.SendAsync(HttpMethod.Post, "/v3/policies", body: new { policy = new { blob = "a", type = "text/one" } });
        await server.SendAsync(HttpMethod.Post, "/v3/policies", body: new { policy = new { blob = "b", type = "text/two" } });

        var (status, body) = await server.SendAsync(HttpMethod.Get, "/v3/policies?type=text/two", Persona.SystemReader);

        Assert.Equal(200, status);
        var policies = body!["policies"]!.AsArray();
        Assert.Single(policies);
        Assert.Equal("b", policies[0]!["blob"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_Member_Returns403()
    {
        var (status, _) = await server.SendAsync(HttpMethod.Get, "/v3/policies", Persona.ProjectMember);

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task GetUpdateDelete_Admin_RoundTrips()
    {
        var (_, created) = await server.SendAsync(HttpMethod.Post, "/v3/policies", Persona.ProjectAdmin, new { policy = new { blob = "x", type = "t", extra_field = "e" } });
        var id = created!["policy"]!["id"]!.GetValue<string>();

        var (updateStatus, updated) = await server.SendAsync(HttpMethod.Patch, $"/v3/policies/{id}", body: new { policy = new { blob = "y" } });
        var (getStatus, shown) = await server.SendAsync(HttpMethod.Get, $"/v3/policies/{id}");
        var (deleteStatus, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/policies/{id}");
        var (goneStatus, gone) = await server.SendAsync(HttpMethod.Get, $"/v3/policies/{id}");

        Assert.Equal((200, 200, 204, 404), (updateStatus, getStatus, deleteStatus, goneStatus));
        Assert.Equal("y", updated!["policy"]!["blob"]!.GetValue<string>());
        Assert.Equal("e", shown!["policy"]!["extra_field"]!.GetValue<string>());
        Assert.Equal($"Could not find policy: {id}.", gone!["error"]!["message"]!.GetValue<string>());
    }
}
