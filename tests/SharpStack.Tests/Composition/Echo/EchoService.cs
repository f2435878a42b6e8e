using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SharpStack.Composition;

namespace SharpStack.Tests.Composition.Echo;

/// <summary>A service that exists only in the tests, to show that one entry is all a service needs to join the cloud.</summary>
internal static class EchoService
{
    public static ServiceDefinition Definition { get; } = new()
    {
        Name = "echo",
        Title = "Echo",
        OpenStackName = "Echo",
        CatalogType = "echo",
        CatalogName = "echo",
        DefaultPort = 9999,
        VersionPath = "/v1",
        AddServices = _ => { },
        MapApi = app => app.MapGet("/v1", () => Results.Ok(new { version = "v1" })),
        AddDatabase = _ => { },
        RegisteredLimits = new Dictionary<string, int> { ["echo_count"] = -1 },
        ServiceUser = new("echo", ["service", "echoer"]),
        TryItCommand = "openstack catalog show echo",
    };
}
