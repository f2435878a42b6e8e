using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Common.Faults;
using SharpStack.Hosting.Clients;
using SharpStack.Hosting.Tests.Infrastructure;
using SharpStack.Messaging;

namespace SharpStack.Hosting.Tests.Clients;

public sealed class ServiceCallHeaderTests
{
    private const string IncomingId = "req-0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9";

    private static Task<TestApi> StartCallerAsync(CloudStub stub) => TestApi.StartAsync(
        TestOptions.Anonymous(ServiceFaultFormat.Compute),
        app => app.MapGet("/call", async (EchoClient client) => (await client.GetAsync("traits")).Path),
        ClientHost.Settings(stub, ("placement:endpoint_override", stub.At("placement"))),
        services => services.AddServiceClient<EchoClient>("placement", "placement"));

    [Fact]
    public async Task Call_DuringRequestWithGlobalId_TargetGetsTheIncomingId()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var caller = await StartCallerAsync(stub);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/call");
        request.Headers.Add("X-OpenStack-Request-Id", IncomingId);

        using var response = await caller.Client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        Assert.Equal(IncomingId, stub.Received.Single().Header("X-OpenStack-Request-Id"));
        Assert.NotEqual(IncomingId, response.Headers.GetValues("X-OpenStack-Request-Id").Single());
    }

    [Fact]
    public async Task Call_DuringRequestWithoutGlobalId_TargetGetsTheCallersRequestId()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var caller = await StartCallerAsync(stub);

        using var response = await caller.Client.GetAsync(new Uri("/call", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal(response.Headers.GetValues("X-OpenStack-Request-Id").Single(), stub.Received.Single().Header("X-OpenStack-Request-Id"));
    }

    [Fact]
    public async Task Call_WhileHandlingBusMessage_TargetGetsTheMessagesGlobalId()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var services = ClientHost.Create(ClientHost.Settings(stub, ("placement:endpoint_override", stub.At("placement"))));

        using (MessageContext.BeginScope(new MessageContext { RequestId = MessageContext.NewRequestId(), GlobalRequestId = IncomingId }))
        {
            await services.GetRequiredService<EchoClient>().GetAsync("traits");
        }

        Assert.Equal(IncomingId, stub.Received.Single().Header("X-OpenStack-Request-Id"));
    }

    [Fact]
    public async Task Call_AsUser_SendsUserTokenAndServiceToken()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var services = ClientHost.Create(ClientHost.Settings(stub, ("placement:endpoint_override", stub.At("placement"))));
        var userToken = stub.AddUserToken();

        await services.GetRequiredService<EchoClient>().GetAsync("allocations", ServiceCallOptions.AsUser(userToken, "p1"));

        var sent = stub.Received.Single();
        Assert.Equal(userToken, sent.Header("X-Auth-Token"));
        Assert.Equal(stub.LastServiceToken, sent.Header("X-Service-Token"));
    }

    [Fact]
    public async Task Call_AsService_SendsOnlyTheServiceToken()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var services = ClientHost.Create(ClientHost.Settings(stub, ("placement:endpoint_override", stub.At("placement"))));

        await services.GetRequiredService<EchoClient>().GetAsync("allocations");

        var sent = stub.Received.Single();
        Assert.Equal(stub.LastServiceToken, sent.Header("X-Auth-Token"));
        Assert.Null(sent.Header("X-Service-Token"));
        Assert.Null(sent.Header("X-OpenStack-Request-Id"));
    }

    [Fact]
    public async Task Call_RegisteredMicroversion_SentAndOverridablePerCall()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var services = ClientHost.Create(
            ClientHost.Settings(stub, ("placement:endpoint_override", stub.At("placement"))),
            register: services => services.AddServiceClient<EchoClient>("placement", "placement", microversion: "1.20"));
        var client = services.GetRequiredService<EchoClient>();

        await client.GetAsync("a");
        await client.GetAsync("b", ServiceCallOptions.AsService with { Microversion = "1.36" });

        Assert.Equal(["placement 1.20", "placement 1.36"], stub.Received.Select(request => request.Header("OpenStack-API-Version")));
        Assert.All(stub.Received, request => Assert.Null(request.Header("X-OpenStack-Nova-API-Version")));
    }

    [Fact]
    public async Task Call_ComputeMicroversion_SendsBothHeaders()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var services = ClientHost.Create(
            ClientHost.Settings(stub, ("nova:endpoint_override", stub.At("v2.1"))),
            register: services => services.AddServiceClient<EchoClient>("nova", "compute", microversion: "2.61"));

        await services.GetRequiredService<EchoClient>().GetAsync("servers");

        var sent = stub.Received.Single();
        Assert.Equal("compute 2.61", sent.Header("OpenStack-API-Version"));
        Assert.Equal("2.61", sent.Header("X-OpenStack-Nova-API-Version"));
    }

    [Fact]
    public async Task Call_BlockStorageMicroversion_NamesTheServiceVolume()
    {
        await using var stub = await CloudStub.StartAsync();
        await using var services = ClientHost.Create(
            ClientHost.Settings(stub, ("cinder:endpoint_override", stub.At("v3"))),
            register: services => services.AddServiceClient<EchoClient>("cinder", "block-storage", microversion: "3.60"));

        await services.GetRequiredService<EchoClient>().GetAsync("volumes");

        Assert.Equal("volume 3.60", stub.Received.Single().Header("OpenStack-API-Version"));
    }

    [Fact]
    public void AddServiceClient_MalformedMicroversion_Refused()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentException>(() => services.AddServiceClient<EchoClient>("placement", "placement", microversion: "1.x"));
    }
}
