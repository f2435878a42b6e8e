using Microsoft.Extensions.DependencyInjection;
using SharpStack.Hosting.Clients;

namespace SharpStack.Hosting.Tests.Clients;

public sealed class ServiceTokenTests
{
    private static ServiceProvider Client(CloudStub stub, FastClock? clock = null) =>
        ClientHost.Create(ClientHost.Settings(stub, ("placement:endpoint_override", stub.At("placement"))), time: clock);

    [Fact]
    public async Task Call_TargetRefusesToken_RenewsOnceAndResends()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var services = Client(stub);
        var client = services.GetRequiredService<EchoClient>();
        await client.GetAsync("first");
        var first = stub.LastServiceToken;
        stub.RevokeAll();

        var reply = await client.GetAsync("second");

        Assert.Equal("/placement/second", reply.Path);
        Assert.Equal(2, stub.Issued(CloudStub.ServiceUser));
        var sent = stub.Received.Where(request => request.Path == "/placement/second").Select(request => request.Header("X-Auth-Token")).ToList();
        Assert.Equal([first, stub.LastServiceToken], sent);
    }

    [Fact]
    public async Task Call_TargetRefusesEveryToken_FailsWith401AfterOneRenewal()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var services = Client(stub);
        stub.RejectAllTokens = true;

        var refused = await Assert.ThrowsAsync<ServiceCallException>(() => services.GetRequiredService<EchoClient>().GetAsync("servers"));

        Assert.Equal(401, refused.StatusCode);
        Assert.Equal(2, stub.Received.Count);
        Assert.Equal(2, stub.TokensIssued);
    }

    [Fact]
    public async Task Call_TokenWithinTwoMinutesOfExpiry_RenewedBeforeUse()
    {
        await using var stub = await CloudStub.StartAsync();
        var clock = new FastClock();
        stub.Clock = clock;
        await using var services = Client(stub, clock);
        var client = services.GetRequiredService<EchoClient>();
        await client.GetAsync("a");

        clock.Advance(TimeSpan.FromMinutes(57));
        await client.GetAsync("b");
        var beforeMargin = stub.TokensIssued;
        clock.Advance(TimeSpan.FromMinutes(1.5));
        await client.GetAsync("c");

        Assert.Equal(1, beforeMargin);
        Assert.Equal(2, stub.TokensIssued);
        Assert.Equal(stub.LastServiceToken, stub.Received.Last().Header("X-Auth-Token"));
    }

    [Fact]
    public async Task Calls_TwoTargetsWithoutCredentials_ShareTheKeystoneAuthTokenUsersToken()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var services = ClientHost.Create(
            ClientHost.Settings(stub, ("placement:endpoint_override", stub.At("placement")), ("glance:endpoint_override", stub.At("glance"))),
            register: services => services
                .AddServiceClient<EchoClient>("placement", "placement")
                .AddServiceClient<OtherEchoClient>("glance", "image"));

        await Task.WhenAll(
            services.GetRequiredService<EchoClient>().GetAsync("a"),
            services.GetRequiredService<OtherEchoClient>().GetAsync("b"),
            services.GetRequiredService<EchoClient>().GetAsync("c"));

        Assert.Equal(1, stub.Issued(CloudStub.ServiceUser));
        Assert.Single(stub.Received.Select(request => request.Header("X-Auth-Token")).Distinct());
    }

    [Fact]
    public async Task Call_TargetWithItsOwnCredentials_UsesThatUsersToken()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var services = ClientHost.Create(
            ClientHost.Settings(
                stub,
                ("placement:endpoint_override", stub.At("placement")),
                ("glance:endpoint_override", stub.At("glance")),
                ("glance:auth_type", "password"),
                ("glance:auth_url", stub.Url + "v3"),
                ("glance:username", CloudStub.OtherUser),
                ("glance:password", CloudStub.OtherPassword),
                ("glance:project_name", "service")),
            register: services => services
                .AddServiceClient<EchoClient>("placement", "placement")
                .AddServiceClient<OtherEchoClient>("glance", "image"));

        await services.GetRequiredService<EchoClient>().GetAsync("a");
        await services.GetRequiredService<OtherEchoClient>().GetAsync("b");

        Assert.Equal(1, stub.Issued(CloudStub.ServiceUser));
        Assert.Equal(1, stub.Issued(CloudStub.OtherUser));
        Assert.Equal(2, stub.Received.Select(request => request.Header("X-Auth-Token")).Distinct().Count());
    }

    [Fact]
    public async Task Call_IdentityRefusesServiceUser_UnavailableWithoutTargetCall()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var services = ClientHost.Create(ClientHost.Settings(
            stub, ("placement:endpoint_override", stub.At("placement")), ("keystone_authtoken:password", "wrong")));

        var failure = await Assert.ThrowsAsync<ServiceCallUnavailableException>(() => services.GetRequiredService<EchoClient>().GetAsync("a"));

        Assert.Equal(ServiceCallFailure.NoServiceToken, failure.Failure);
        Assert.Empty(stub.Received);
    }
}
