namespace SharpStack.Common.Policy;

/// <summary>Thrown when a policy file is not a YAML or JSON mapping of rule names to check strings.</summary>
public sealed class PolicyFileFormatException : Exception
{
    public PolicyFileFormatException()
    {
    }

    public PolicyFileFormatException(string message)
        : base(message)
    {
    }

    public PolicyFileFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
