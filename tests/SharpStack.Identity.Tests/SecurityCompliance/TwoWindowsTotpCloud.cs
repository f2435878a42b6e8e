namespace SharpStack.Identity.Tests.SecurityCompliance;

/// <summary>Identity accepting the passcodes of two previous windows.</summary>
public sealed class TwoWindowsTotpCloud : TotpCloud
{
    protected override string? IncludedPreviousWindows => "2";
}
