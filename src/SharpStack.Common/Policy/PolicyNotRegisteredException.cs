namespace SharpStack.Common.Policy;

/// <summary>Thrown when code authorizes a rule that no service registered (oslo.policy's PolicyNotRegistered).</summary>
public sealed class PolicyNotRegisteredException : Exception
{
    public PolicyNotRegisteredException()
    {
    }

    public PolicyNotRegisteredException(string ruleName)
        : base($"Policy {ruleName} has not been registered")
    {
    }

    public PolicyNotRegisteredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
