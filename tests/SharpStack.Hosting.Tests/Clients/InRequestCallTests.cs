using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Hosting.Auth;
using SharpStack.Hosting.Clients;
using SharpStack.Hosting.Tests.Infrastructure;

namespace SharpStack.Hosting.Tests.Clients;

/// <summary>A service validating its callers' tokens and calling another service for them, as Nova calls Placement and Neutron.</summary>
public sealed class InRequestCallTests
{
    private static Task<TestApi> StartCallerAsync(CloudStub stub) => TestApi.StartAsync(
        TestOptions.Compute(validateTokens: true),
        app =>
        {
            app.MapGet("/for-user", async (HttpContext context, EchoClient client) =>
                (await client.GetAsync("volumes", ServiceCallOptions.AsUser(context.GetAuth()))).Path);
            app.MapGet("/unreachable", async (OtherEchoClient client) => (await client.GetAsync("ports")).Path);
            app.MapGet("/limits", async (IIdentityServiceClient identity) =>
            {
                using var document = await identity.GetAsync("v3/registered_limits", CancellationToken.None);
                return document.RootElement.GetProperty("path").GetString();
            });
        },
        ClientHost.Settings(
            stub,
            ("cinder:endpoint_override", stub.Url + "volume/v3/%(project_id)s"),
            ("neutron:endpoint_override", "http://127.0.0.1:9/"),
            ("neutron:connect_retries", "0")),
        services => services
            .AddServiceClient<EchoClient>("cinder", "block-storage", microversion: "3.60")
            .AddServiceClient<OtherEchoClient>("neutron", "network"));

    private static async Task<HttpResponseMessage> GetAsync(TestApi api, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Auth-Token", token);
        return await api.Client.SendAsync(request);
    }

    [Fact]
    public async Task Call_ForTheValidatedCaller_SendsTheirTokenAndProjectWithTheServiceToken()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var caller = await StartCallerAsync(stub);
        var userToken = stub.AddUserToken();

        using var response = await GetAsync(caller, "/for-user", userToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = stub.Received.Single();
        Assert.Equal($"/volume/v3/{CloudStub.UserProjectId}/volumes", sent.Path);
        Assert.Equal(userToken, sent.Header("X-Auth-Token"));
        Assert.Equal(stub.LastServiceToken, sent.Header("X-Service-Token"));
        Assert.Equal("volume 3.60", sent.Header("OpenStack-API-Version"));
    }

    [Fact]
    public async Task Calls_TokenValidationIdentityReadsAndServiceClient_ShareOneServiceToken()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var caller = await StartCallerAsync(stub);
        var userToken = stub.AddUserToken();

        using (var forUser = await GetAsync(caller, "/for-user", userToken))
        using (var limits = await GetAsync(caller, "/limits", userToken))
        {
            Assert.Equal(HttpStatusCode.OK, forUser.StatusCode);
            Assert.Equal("/v3/registered_limits", await limits.Content.ReadAsStringAsync());
        }

        Assert.Equal(1, stub.Issued(CloudStub.ServiceUser));
    }

    [Fact]
    public async Task Request_TargetUnreachable_CallerAnswers503WithItsFaultBody()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var caller = await StartCallerAsync(stub);

        using var response = await GetAsync(caller, "/unreachable", stub.AddUserToken());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"serviceUnavailable\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("network service is unreachable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_UnknownUserToken_ValidatorStillAnswers401()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var caller = await StartCallerAsync(stub);

        using var response = await GetAsync(caller, "/for-user", "user-unknown");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(stub.Received);
    }
}
