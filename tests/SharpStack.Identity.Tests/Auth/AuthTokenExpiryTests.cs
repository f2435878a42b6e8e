using System.Net;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Identity;

namespace SharpStack.Identity.Tests.Auth;

public sealed class AuthTokenExpiryTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    [Fact]
    public async Task Get_ExpiredSubject_Returns404ButAllowExpiredReturns200()
    {
        var subject = await server.Client.IssueTokenAsync("admin", IdentityServer.AdminPassword, "admin");
        server.Clock.Advance(TimeSpan.FromHours(2));
        var admin = await server.AdminTokenAsync();

        using var expired = await ValidateAsync(admin, subject, "");
        using var allowed = await ValidateAsync(admin, subject, "?allow_expired=1");

        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    private Task<HttpResponseMessage> ValidateAsync(string admin, string subject, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/v3/auth/tokens" + query, UriKind.Relative)).WithToken(admin);
        request.Headers.Add("X-Subject-Token", subject);
        return server.Client.SendAsync(request);
    }
}
