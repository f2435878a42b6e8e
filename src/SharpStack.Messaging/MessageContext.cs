namespace SharpStack.Messaging;

/// <summary>The request id and the caller's auth context that travel with every bus message.</summary>
public sealed record MessageContext
{
    private static readonly AsyncLocal<MessageContext?> Ambient = new();

    public required string RequestId { get; init; }

    /// <summary>The id of the user request this work is part of, across services (oslo.context's <c>global_request_id</c>).</summary>
    public string? GlobalRequestId { get; init; }

    public string? UserId { get; init; }

    public string? ProjectId { get; init; }

    public string? DomainId { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];

    public bool IsSystemScope { get; init; }

    public string? AuthToken { get; init; }

    /// <summary>The context of the message being handled, or the one a caller set for what it sends next.</summary>
    public static MessageContext? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    /// <summary>A context with only a fresh OpenStack-style request id, for work no user asked for.</summary>
    public static MessageContext Anonymous() => new() { RequestId = NewRequestId() };

    public static string NewRequestId() => $"req-{Guid.NewGuid()}";

    /// <summary>Makes <paramref name="context"/> the ambient context until the scope is disposed.</summary>
    public static IDisposable BeginScope(MessageContext context)
    {
        var previous = Ambient.Value;
        Ambient.Value = context;
        return new Scope(previous);
    }

    private sealed class Scope(MessageContext? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
