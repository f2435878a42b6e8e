using SharpStack.Identity.Application.SecurityCompliance;

namespace SharpStack.Identity.Tests.SecurityCompliance;

/// <summary>
/// Identity on a clock pinned in the middle of a 30-second window, so that the passcodes a test computes cannot cross
/// into another window before the server checks them; a derived fixture sets <c>[totp] included_previous_windows</c>.
/// </summary>
public class TotpCloud : ComplianceCloud
{
    public TotpCloud()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Clock.Pin(DateTimeOffset.FromUnixTimeSeconds(now - (now % TotpVerifier.StepSeconds) + (TotpVerifier.StepSeconds / 2)));
    }

    /// <summary>The <c>[totp] included_previous_windows</c> setting; null keeps the default.</summary>
    protected virtual string? IncludedPreviousWindows => null;

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        IncludedPreviousWindows is null ? base.Settings : [.. base.Settings, new("totp:included_previous_windows", IncludedPreviousWindows)];

    protected override IEnumerable<KeyValuePair<string, string?>> Compliance() => [];
}
