namespace SharpStack.Messaging;

/// <summary>The handler of a call failed; carries the remote exception's type and message.</summary>
public sealed class RemoteErrorException : Exception
{
    public RemoteErrorException()
    {
    }

    public RemoteErrorException(string message)
        : base(message)
    {
    }

    public RemoteErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RemoteErrorException(string exceptionType, string remoteMessage, string? remoteStackTrace)
        : base($"Remote error: {exceptionType} {remoteMessage}")
    {
        ExceptionType = exceptionType;
        RemoteMessage = remoteMessage;
        RemoteStackTrace = remoteStackTrace;
    }

    /// <summary>The full name of the exception type thrown by the remote handler.</summary>
    public string ExceptionType { get; } = "";

    public string RemoteMessage { get; } = "";

    public string? RemoteStackTrace { get; }
}
