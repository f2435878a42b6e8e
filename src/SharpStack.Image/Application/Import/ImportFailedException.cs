namespace SharpStack.Image.Application.Import;

/// <summary>An import step failed for a reason the task's message may tell the user.</summary>
public sealed class ImportFailedException : Exception
{
    public ImportFailedException()
    {
    }

    public ImportFailedException(string message)
        : base(message)
    {
    }

    public ImportFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
