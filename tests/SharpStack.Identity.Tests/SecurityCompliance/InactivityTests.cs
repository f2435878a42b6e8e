using System.Net;
using System.Text.Json.Nodes;

namespace SharpStack.Identity.Tests.SecurityCompliance;

public sealed class InactivityTests(InactivityCloud server) : IClassFixture<InactivityCloud>
{
    [Fact]
    public async Task PasswordAuth_InactiveForTheConfiguredDays_UnauthorizedUnlessIgnored()
    {
        await server.CreateUserAsync("idle");
        await server.CreateUserAsync("idle-exempt", options: new JsonObject { ["ignore_user_inactivity"] = true });
        await server.CreateUserAsync("active");

        server.Clock.Advance(TimeSpan.FromDays(InactivityCloud.Days - 1));
        Assert.Equal(HttpStatusCode.Created, (await server.PasswordAuthAsync("active", ComplianceCloud.Password)).Status);
        server.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.PasswordAuthAsync("idle", ComplianceCloud.Password)).Status);
        Assert.Equal(HttpStatusCode.Created, (await server.PasswordAuthAsync("idle-exempt", ComplianceCloud.Password)).Status);
        Assert.Equal(HttpStatusCode.Created, (await server.PasswordAuthAsync("active", ComplianceCloud.Password)).Status);
    }
}
