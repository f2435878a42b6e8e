using Microsoft.Extensions.Options;
using SharpStack.Identity.Application.SecurityCompliance;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.SecurityCompliance;

public sealed class TotpVerifierTests
{
    // 1234567890.5, the instant the passcodes below were made at by keystone/auth/plugins/totp.py's
    // _generate_totp_passcodes(secret, 1) with cryptography 38.0.4.
    private static readonly DateTimeOffset KeystoneInstant = DateTimeOffset.FromUnixTimeMilliseconds(1_234_567_890_500);

    private static TotpVerifier Verifier(DateTimeOffset now, int previousWindows = 1)
    {
        var clock = new ShiftedTimeProvider();
        clock.Pin(now);
        return new TotpVerifier(Options.Create(new TotpOptions { IncludedPreviousWindows = previousWindows }), clock);
    }

    private static string Passcode(DateTimeOffset now, int windows) => TotpTests.Passcode(now.AddSeconds(windows * TotpVerifier.StepSeconds));

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(20000000000, "353130")]
    public void Matches_Rfc6238Vectors_LastSixDigits(long unixSeconds, string expected)
    {
        Assert.True(Verifier(DateTimeOffset.FromUnixTimeSeconds(unixSeconds), previousWindows: 0).Matches(TotpTests.Secret, expected));
    }

    [Theory]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "005924", "980357")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQ", "987625", "429385")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3T====", "443541", "203169")]
    public void Matches_KeystonePasscodes_CurrentAndPrevious(string secret, string current, string previous)
    {
        var verifier = Verifier(KeystoneInstant);

        Assert.True(verifier.Matches(secret, current));
        Assert.True(verifier.Matches(secret, previous));
    }

    [Fact]
    public void Matches_DefaultWindows_CurrentAndPreviousOnly()
    {
        var now = KeystoneInstant;
        var verifier = Verifier(now);

        Assert.Equal(1, new TotpOptions().IncludedPreviousWindows);
        Assert.True(verifier.Matches(TotpTests.Secret, Passcode(now, 0)));
        Assert.True(verifier.Matches(TotpTests.Secret, Passcode(now, -1)));
        Assert.False(verifier.Matches(TotpTests.Secret, Passcode(now, -2)));
        Assert.False(verifier.Matches(TotpTests.Secret, Passcode(now, 1)));
    }

    [Fact]
    public void Matches_TwoPreviousWindows_TwoBackAcceptedThreeBackRefused()
    {
        var verifier = Verifier(KeystoneInstant, previousWindows: 2);

        Assert.True(verifier.Matches(TotpTests.Secret, Passcode(KeystoneInstant, -2)));
        Assert.False(verifier.Matches(TotpTests.Secret, Passcode(KeystoneInstant, -3)));
    }

    [Fact]
    public void Matches_ZeroPreviousWindows_OnlyCurrent()
    {
        var verifier = Verifier(KeystoneInstant, previousWindows: 0);

        Assert.True(verifier.Matches(TotpTests.Secret, Passcode(KeystoneInstant, 0)));
        Assert.False(verifier.Matches(TotpTests.Secret, Passcode(KeystoneInstant, -1)));
        Assert.False(verifier.Matches(TotpTests.Secret, Passcode(KeystoneInstant, 1)));
    }

    [Fact]
    public void Matches_TenPreviousWindows_NeverTheNext()
    {
        var verifier = Verifier(KeystoneInstant, previousWindows: 10);

        Assert.True(verifier.Matches(TotpTests.Secret, Passcode(KeystoneInstant, -10)));
        Assert.False(verifier.Matches(TotpTests.Secret, Passcode(KeystoneInstant, -11)));
        Assert.False(verifier.Matches(TotpTests.Secret, Passcode(KeystoneInstant, 1)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("005924")]
    [InlineData("5924")]
    [InlineData("0059240")]
    [InlineData(" 005924")]
    public void Matches_NotTheExactPasscode_False(string passcode)
    {
        Assert.False(Verifier(DateTimeOffset.FromUnixTimeSeconds(1234567890 + (3 * TotpVerifier.StepSeconds)), previousWindows: 0).Matches(TotpTests.Secret, passcode));
    }
}
