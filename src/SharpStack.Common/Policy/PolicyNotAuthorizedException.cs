namespace SharpStack.Common.Policy;

/// <summary>Thrown by <see cref="PolicyEnforcer.Enforce"/> when the policy denies an action (HTTP 403).</summary>
public sealed class PolicyNotAuthorizedException : Exception
{
    public PolicyNotAuthorizedException()
    {
    }

    public PolicyNotAuthorizedException(string message)
        : base(message)
    {
    }

    public PolicyNotAuthorizedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PolicyNotAuthorizedException(PolicyDecision decision)
        : base($"Policy doesn't allow {decision.RuleName} to be performed.")
    {
        Decision = decision;
    }

    public PolicyDecision? Decision { get; }
}
