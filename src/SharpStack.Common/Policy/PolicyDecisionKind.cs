namespace SharpStack.Common.Policy;

/// <summary>The outcome of a policy check.</summary>
public enum PolicyDecisionKind
{
    Allowed,
    Denied,

    /// <summary>The token's scope is not one of the rule's scope types (oslo.policy's InvalidScope).</summary>
    InvalidScope,
}
