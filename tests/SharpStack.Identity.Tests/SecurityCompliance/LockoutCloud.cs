namespace SharpStack.Identity.Tests.SecurityCompliance;

/// <summary>Identity that locks an account for 60 seconds after 2 failed password authentications.</summary>
public sealed class LockoutCloud : ComplianceCloud
{
    public const int Attempts = 2;
    public const int DurationSeconds = 60;

    protected override IEnumerable<KeyValuePair<string, string?>> Compliance() =>
    [
        new("lockout_failure_attempts", Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("lockout_duration", DurationSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
