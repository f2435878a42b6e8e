namespace SharpStack.Common.Policy;

/// <summary>A problem found while loading rules; the enforcer still loads, failing closed on that rule.</summary>
public sealed record PolicyWarning(PolicyWarningKind Kind, string RuleName, string Message)
{
    public override string ToString() => $"{Kind} in \"{RuleName}\": {Message}";
}
