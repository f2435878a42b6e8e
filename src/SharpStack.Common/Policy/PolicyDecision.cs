namespace SharpStack.Common.Policy;

/// <summary>The result of authorizing one rule for one request.</summary>
public readonly record struct PolicyDecision(string RuleName, PolicyDecisionKind Kind)
{
    public bool IsAllowed => Kind == PolicyDecisionKind.Allowed;
}
