using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Composition;
using SharpStack.Messaging;
using SharpStack.Testing.Clouds;
using SharpStack.Tests.Composition.Echo;

namespace SharpStack.Tests.Composition;

/// <summary><c>up</c>'s composition in this process with an extra service and agent kind that only the tests define.</summary>
public sealed class EmbeddedCloudTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task StartAsync_CompositionWithAnAgentKind_RunsOneAgentOfTheKindAsTheConfiguredHost()
    {
        var probe = new EchoProbe();
        var composition = CloudComposition.Default.WithAgent("identity", EchoAgent.Definition(probe));

        await using (var cloud = await WholeCloud.StartAsync(composition, null, "secret", new Dictionary<string, string?> { ["DEFAULT:host"] = "node-1" }, CancellationToken.None))
        {
            var reply = await cloud.Cloud.Bus.CallAsync<EchoRequest, EchoReply>(BusAddress.ForServer("echo", "node-1"), new EchoRequest("hello"), Timeout);

            Assert.Equal(new EchoReply("hello", "node-1", HasDatabase: false), reply);
            Assert.Equal([new AgentContext("echo", "node-1")], cloud.Cloud.Agents);
            Assert.Equal("node-1", await probe.Started);
        }

        Assert.True(probe.Stopped.IsCompleted);
    }

    [Fact]
    public async Task StartAsync_CompositionWithAnExtraService_ServesItListsItInTheCatalogAndRegistersItsLimits()
    {
        var composition = CloudComposition.Default.With(EchoService.Definition);
        await using var cloud = await WholeCloud.StartAsync(composition, null, "secret", null, CancellationToken.None);
        using var http = new HttpClient();

        using var echo = await http.GetAsync(cloud.Url("echo"));
        var token = await IssueTokenAsync(http, cloud.Url("identity"));
        using var limits = await GetAsync(http, new Uri(cloud.Url("identity") + "/registered_limits?resource_name=echo_count"), token.Id);

        Assert.Equal(HttpStatusCode.OK, echo.StatusCode);
        var listed = token.Catalog.Single(service => service.GetProperty("type").GetString() == "echo");
        Assert.Equal("echo", listed.GetProperty("name").GetString());
        Assert.All(listed.GetProperty("endpoints").EnumerateArray(), endpoint => Assert.Equal(cloud.Url("echo").ToString(), endpoint.GetProperty("url").GetString()));
        Assert.Equal(composition.Services.Select(s => s.CatalogType).Order(StringComparer.Ordinal), token.Catalog.Select(s => s.GetProperty("type").GetString()).Order(StringComparer.Ordinal));
        var limit = Assert.Single((await limits.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registered_limits").EnumerateArray());
        Assert.Equal(-1, limit.GetProperty("default_limit").GetInt32());
        Assert.Contains("echoer", await ServiceUserRolesAsync(http, cloud.Url("identity"), token.Id));
    }

    [Fact]
    public async Task StartAsync_DefaultComposition_AnswersOnEveryServiceAndWritesClientFilesForIdentity()
    {
        await using var cloud = await WholeCloud.StartAsync();
        using var http = new HttpClient();

        foreach (var (type, url) in cloud.Urls)
        {
            using var response = await http.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.MultipleChoices, $"{type} at {url}: {(int)response.StatusCode}");
        }

        Assert.Equal(CloudComposition.Default.Services.Select(s => s.CatalogType), cloud.Urls.Keys);
        Assert.Contains($"auth_url: '{cloud.Url("identity")}'", await File.ReadAllTextAsync(cloud.CloudsYaml), StringComparison.Ordinal);
    }

    private static async Task<(string Id, List<JsonElement> Catalog)> IssueTokenAsync(HttpClient http, Uri identity)
    {
        var body = JsonNode.Parse("""
            {"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "admin", "domain": {"id": "default"}, "password": "secret"}}},
                      "scope": {"project": {"name": "admin", "domain": {"id": "default"}}}}}
            """);
        using var response = await http.PostAsJsonAsync(new Uri(identity + "/auth/tokens"), body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.Headers.GetValues("X-Subject-Token").Single(), token.GetProperty("token").GetProperty("catalog").EnumerateArray().ToList());
    }

    /// <summary>The roles of the one service user of <c>up</c> on the service project, by name.</summary>
    private static async Task<List<string?>> ServiceUserRolesAsync(HttpClient http, Uri identity, string token)
    {
        using var users = await GetAsync(http, new Uri($"{identity}/users?name={EmbeddedServiceCredentials.UserName}"), token);
        var user = Assert.Single((await users.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("users").EnumerateArray());
        using var assignments = await GetAsync(http, new Uri($"{identity}/role_assignments?user.id={user.GetProperty("id").GetString()}&include_names=true"), token);
        return [.. (await assignments.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("role_assignments").EnumerateArray()
            .Select(assignment => assignment.GetProperty("role").GetProperty("name").GetString())];
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, Uri url, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Auth-Token", token);
        return await http.SendAsync(request);
    }
}
