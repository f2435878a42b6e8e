namespace SharpStack.Hosting.Tests.Clients;

/// <summary>One request the stub's target service received.</summary>
internal sealed record StubRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
