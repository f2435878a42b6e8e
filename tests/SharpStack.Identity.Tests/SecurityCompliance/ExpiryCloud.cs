namespace SharpStack.Identity.Tests.SecurityCompliance;

/// <summary>Identity where passwords last 2 days and passwords set by an administrator must be changed first.</summary>
public sealed class ExpiryCloud : ComplianceCloud
{
    protected override IEnumerable<KeyValuePair<string, string?>> Compliance() =>
    [
        new("password_expires_days", "2"),
        new("change_password_upon_first_use", "true"),
    ];
}
