using System.Collections;

namespace SharpStack.Messaging;

/// <summary>
/// The logging scope of one request or bus message: structured (RequestId, GlobalRequestId) for providers that read
/// scope properties, and a readable <c>req-…</c> for the console, which prints a scope with <see cref="ToString"/>.
/// </summary>
public sealed class RequestLogScope(string? requestId, string? globalRequestId = null) : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] _properties =
        [new("RequestId", requestId), new("GlobalRequestId", globalRequestId)];

    public int Count => _properties.Length;

    public KeyValuePair<string, object?> this[int index] => _properties[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_properties).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => globalRequestId is null ? requestId ?? "" : $"{requestId} (global {globalRequestId})";
}
