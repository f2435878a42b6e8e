namespace SharpStack.Identity.Tests.SecurityCompliance;

/// <summary>Identity with a password regex, a history of 2 and a minimum password age of 1 day.</summary>
public sealed class PasswordRulesCloud : ComplianceCloud
{
    public const string Description = "at least one letter, one digit and seven characters";

    protected override IEnumerable<KeyValuePair<string, string?>> Compliance() =>
    [
        new("password_regex", @"^(?=.*\d)(?=.*[a-zA-Z]).{7,}$"),
        new("password_regex_description", Description),
        new("unique_last_password_count", "2"),
        new("minimum_password_age", "1"),
    ];
}
