namespace SharpStack.Robustness.Tests;

/// <summary>One hostile request: the path is already percent-encoded as it goes on the wire.</summary>
public sealed record RobustRequest(string Method, string Path, byte[]? Body = null, string? ContentType = null)
{
    public RobustTransport Transport { get; init; } = RobustTransport.Client;

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public string Accept { get; init; } = "application/json";
}
