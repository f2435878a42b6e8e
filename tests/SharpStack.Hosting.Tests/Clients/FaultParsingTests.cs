using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Common.Faults;
using SharpStack.Hosting.Clients;

namespace SharpStack.Hosting.Tests.Clients;

public sealed class FaultParsingTests
{
    private const string Json = "application/json";

    public static TheoryData<int, string, string, string?, string> Bodies { get; } = new()
    {
        {
            404, Json, """{"error": {"code": 404, "message": "Could not find project: p9.", "title": "Not Found"}}""",
            "Not Found", "Could not find project: p9."
        },
        {
            404, Json, """{"itemNotFound": {"code": 404, "message": "Flavor m1.huge could not be found."}}""",
            "itemNotFound", "Flavor m1.huge could not be found."
        },
        {
            400, Json, """{"badRequest": {"code": 400, "message": "Invalid input received: size must be positive."}}""",
            "badRequest", "Invalid input received: size must be positive."
        },
        {
            409, Json,
            """{"NeutronError": {"type": "IpAddressAlreadyAllocated", "message": "IP address 10.0.0.5 already allocated in subnet s1", "detail": ""}}""",
            "IpAddressAlreadyAllocated", "IP address 10.0.0.5 already allocated in subnet s1"
        },
        {
            409, Json,
            """{"errors": [{"status": 409, "title": "Conflict", "detail": "There was a conflict when trying to complete your request.\n\n resource provider generation conflict", "code": "placement.concurrent_update", "request_id": "req-1"}]}""",
            "placement.concurrent_update", "There was a conflict when trying to complete your request.\n\n resource provider generation conflict"
        },
        {
            404, Json,
            """{"message": "No image found with ID i1<br /><br />\n\n\n", "code": "404 Not Found", "title": "Not Found"}""",
            "Not Found", "No image found with ID i1"
        },
        {
            403, "text/html",
            "<html>\n <head>\n  <title>403 Forbidden</title>\n </head>\n <body>\n  <h1>403 Forbidden</h1>\n  You are not authorized to complete publicize_image action.<br /><br />\n\n\n\n </body>\n</html>",
            "Forbidden", "You are not authorized to complete publicize_image action."
        },
        {
            409, "text/plain",
            "409 Conflict\n\nImage status transition from active to active is not allowed\n\n   ",
            "Conflict", "Image status transition from active to active is not allowed"
        },
        {
            400, "text/plain", "Container name length of 300 longer than 256",
            null, "Container name length of 300 longer than 256"
        },
        {
            404, "text/html", "<html><h1>Not Found</h1><p>The resource could not be found.</p></html>",
            "Not Found", "The resource could not be found."
        },
        {
            502, "text/plain", "",
            "Bad Gateway", "Bad gateway."
        },
    };

    public static TheoryData<string, string, string?, string> OwnFormats { get; } = new()
    {
        { "compute", Json, "itemNotFound", "Server s1 could not be found." },
        { "identity", Json, "Not Found", "Server s1 could not be found." },
        { "network", Json, "ServerNotFound", "Server s1 could not be found." },
        { "placement", Json, "ServerNotFound", "Server s1 could not be found." },
        { "image", Json, "Not Found", "Server s1 could not be found." },
        { "image", "text/html", "Not Found", "Server s1 could not be found." },
        { "image", "text/plain", "Not Found", "Server s1 could not be found." },
        { "object-store", Json, null, "Server s1 could not be found." },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Call_ErrorAnswer_TypedExceptionFromTheFaultBody(
        int status, string contentType, string body, string? code, string message)
    {
        var failure = await FailingCallAsync(status, contentType, body);

        Assert.Equal(status, failure.StatusCode);
        Assert.Equal(code, failure.Code);
        Assert.Equal(message, failure.Message);
        Assert.Equal("placement", failure.ServiceType);
        Assert.Equal("req-target", failure.RequestId);
    }

    [Theory]
    [MemberData(nameof(OwnFormats))]
    public async Task Call_ErrorWrittenBySharpStacksOwnFormat_ReadBack(string service, string accept, string? code, string message)
    {
        var format = service switch
        {
            "compute" => ServiceFaultFormat.Compute,
            "identity" => ServiceFaultFormat.Identity,
            "network" => ServiceFaultFormat.Network,
            "placement" => ServiceFaultFormat.Placement,
            "image" => ServiceFaultFormat.Image,
            _ => ServiceFaultFormat.ObjectStorage,
        };
        var body = format.Render(new Fault(404, message, "ServerNotFound"), new FaultRequest(accept, "req-target"));

        var failure = await FailingCallAsync(404, body.ContentType, body.Content);

        Assert.Equal(code, failure.Code);
        Assert.Equal(message, failure.Message);
    }

    private static async Task<ServiceCallException> FailingCallAsync(int status, string contentType, string body)
    {
        await using var stub = await CloudStub.StartAsync();
        stub.OnRequest = async (context, _) =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.Headers["X-OpenStack-Request-Id"] = "req-target";
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body));
        };
        await using var services = ClientHost.Create(ClientHost.Settings(stub, ("placement:endpoint_override", stub.At("placement"))));
        return await Assert.ThrowsAsync<ServiceCallException>(() => services.GetRequiredService<EchoClient>().GetAsync("resource_providers/x"));
    }
}
