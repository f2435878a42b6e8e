using System.Net;
using SharpStack.Identity.Application.SecurityCompliance;

namespace SharpStack.Identity.Tests.SecurityCompliance;

public sealed class TotpWindowTests(TwoWindowsTotpCloud server) : IClassFixture<TwoWindowsTotpCloud>
{
    [Fact]
    public async Task TotpAuth_TwoPreviousWindowsIncluded_TwoBackAcceptedThreeBackRefused()
    {
        var id = await TotpTests.CreateTotpUserAsync(server, "totp-windows");
        var now = server.Clock.GetUtcNow();

        var twoBack = await TotpTests.TotpAuthAsync(server, id, TotpTests.Passcode(now.AddSeconds(-2 * TotpVerifier.StepSeconds)));
        var threeBack = await TotpTests.TotpAuthAsync(server, id, TotpTests.Passcode(now.AddSeconds(-3 * TotpVerifier.StepSeconds)));
        var next = await TotpTests.TotpAuthAsync(server, id, TotpTests.Passcode(now.AddSeconds(TotpVerifier.StepSeconds)));

        Assert.Equal(HttpStatusCode.Created, twoBack.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, threeBack.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, next.Status);
    }
}
