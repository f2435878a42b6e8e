namespace SharpStack.Hosting.Auth;

/// <summary>Identity could not answer a token question in time; callers get 503.</summary>
public sealed class IdentityUnavailableException : Exception
{
    public IdentityUnavailableException()
        : this("Failed to fetch token data from identity server")
    {
    }

    public IdentityUnavailableException(string message)
        : base(message)
    {
    }

    public IdentityUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
