namespace SharpStack.Identity.Tests.SecurityCompliance;

/// <summary>Identity that disables users who have not authenticated for 5 days.</summary>
public sealed class InactivityCloud : ComplianceCloud
{
    public const int Days = 5;

    protected override IEnumerable<KeyValuePair<string, string?>> Compliance() =>
        [new("disable_user_account_days_inactive", Days.ToString(System.Globalization.CultureInfo.InvariantCulture))];
}
