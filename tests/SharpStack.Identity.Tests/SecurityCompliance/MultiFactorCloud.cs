namespace SharpStack.Identity.Tests.SecurityCompliance;

/// <summary>Identity with the default <c>[security_compliance]</c>: multi-factor rules are per user options.</summary>
public sealed class MultiFactorCloud : ComplianceCloud
{
    protected override IEnumerable<KeyValuePair<string, string?>> Compliance() => [];
}
