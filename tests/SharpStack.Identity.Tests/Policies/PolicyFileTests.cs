using System.Net;
using SharpStack.Identity.Tests.Auth;

namespace SharpStack.Identity.Tests.Policies;

public sealed class PolicyFileTests(PolicyFileCloud server) : IClassFixture<PolicyFileCloud>
{
    [Fact]
    public async Task ListRegions_RuleOverriddenToNever_ForbiddenEvenForAdmin()
    {
        var admin = await server.SystemAdminTokenAsync();

        using var response = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/v3/regions").WithToken(admin));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ListRoles_RuleNotInTheFile_KeepsKeystonesDefault()
    {
        var admin = await server.SystemAdminTokenAsync();

        using var response = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/v3/roles").WithToken(admin));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
