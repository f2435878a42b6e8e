using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Auth;
using SharpStack.Identity.Tests.Ec2Credentials;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.OAuth;

public sealed class OAuthConsumerEndpointsTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private const string Consumers = "/v3/OS-OAUTH1/consumers";

    [Fact]
    public async Task CreateShowUpdateDelete_SecretShownOnlyOnCreate()
    {
        var admin = await server.AdminTokenAsync();
        var (status, created) = await server.CallAsync(HttpMethod.Post, Consumers, admin, new JsonObject { ["consumer"] = new JsonObject { ["description"] = "d1" } });
        var id = created!["consumer"]!["id"]!.GetValue<string>();

        var (showStatus, shown) = await server.CallAsync(HttpMethod.Get, $"{Consumers}/{id}", admin);
        var (updateStatus, updated) = await server.CallAsync(HttpMethod.Patch, $"{Consumers}/{id}", admin, new JsonObject { ["consumer"] = new JsonObject { ["description"] = "d2" } });
        var (listStatus, list) = await server.CallAsync(HttpMethod.Get, Consumers, admin);
        var (deleteStatus, _) = await server.CallAsync(HttpMethod.Delete, $"{Consumers}/{id}", admin);
        var (goneStatus, gone) = await server.CallAsync(HttpMethod.Get, $"{Consumers}/{id}", admin);

        Assert.Equal(201, status);
        Assert.Matches("^[0-9a-f]{32}$", created["consumer"]!["secret"]!.GetValue<string>());
        Assert.Equal(new Uri(server.BaseUri, $"v3/OS-OAUTH1/consumers/{id}").ToString(), created["consumer"]!["links"]!["self"]!.GetValue<string>());
        Assert.Equal(200, showStatus);
        Assert.False(shown!["consumer"]!.AsObject().ContainsKey("secret"));
        Assert.Equal(200, updateStatus);
        Assert.Equal("d2", updated!["consumer"]!["description"]!.GetValue<string>());
        Assert.Equal(200, listStatus);
        Assert.Contains(list!["consumers"]!.AsArray(), c => c!["id"]!.GetValue<string>() == id);
        Assert.Equal(204, deleteStatus);
        Assert.Equal(404, goneStatus);
        Assert.Equal("Consumer not found", gone.Message());
    }

    [Fact]
    public async Task Update_Secret_Returns400()
    {
        var admin = await server.AdminTokenAsync();
        var (_, created) = await server.CallAsync(HttpMethod.Post, Consumers, admin, new JsonObject { ["consumer"] = new JsonObject() });
        var id = created!["consumer"]!["id"]!.GetValue<string>();

        var (status, _) = await server.CallAsync(HttpMethod.Patch, $"{Consumers}/{id}", admin, new JsonObject { ["consumer"] = new JsonObject { ["secret"] = "new" } });

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task Create_ByProjectMember_Returns403()
    {
        var (_, _, token) = await server.MemberAsync();

        var (status, _) = await server.CallAsync(HttpMethod.Post, Consumers, token, new JsonObject { ["consumer"] = new JsonObject() });

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task CreateAndUpdate_DescriptionLongerThanItsColumn_Returns400AndStoresNothing()
    {
        var admin = await server.AdminTokenAsync();
        var (_, before) = await server.CallAsync(HttpMethod.Get, Consumers, admin);
        var tooLong = new string('d', 65);

        var (createStatus, createFault) = await server.CallAsync(HttpMethod.Post, Consumers, admin, new JsonObject { ["consumer"] = new JsonObject { ["description"] = tooLong } });
        var (_, created) = await server.CallAsync(HttpMethod.Post, Consumers, admin, new JsonObject { ["consumer"] = new JsonObject { ["description"] = "short" } });
        var id = created!["consumer"]!["id"]!.GetValue<string>();
        var (updateStatus, _) = await server.CallAsync(HttpMethod.Patch, $"{Consumers}/{id}", admin, new JsonObject { ["consumer"] = new JsonObject { ["description"] = tooLong } });
        var (_, shown) = await server.CallAsync(HttpMethod.Get, $"{Consumers}/{id}", admin);
        var (_, after) = await server.CallAsync(HttpMethod.Get, Consumers, admin);

        Assert.Equal(400, createStatus);
        Assert.StartsWith("String length exceeded. The length of string 'ddd", createFault.Message(), StringComparison.Ordinal);
        Assert.EndsWith("exceeds the limit of column String(CHAR(64)).", createFault.Message(), StringComparison.Ordinal);
        Assert.Equal(400, updateStatus);
        Assert.Equal("short", shown!["consumer"]!["description"]!.GetValue<string>());
        Assert.Equal(before!["consumers"]!.AsArray().Count + 1, after!["consumers"]!.AsArray().Count);
    }
}
