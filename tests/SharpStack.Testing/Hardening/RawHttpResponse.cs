using System.Text.Json;

namespace SharpStack.Testing.Hardening;

/// <summary>A response read off the wire by <see cref="RawHttp"/>: its status, headers (names lower-cased) and body text.</summary>
public sealed record RawHttpResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The body parsed as JSON; throws when it is not JSON.</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.Clone();
    }

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}
