using System.Text.Json;

namespace SharpStack.Messaging;

/// <summary>An <see cref="IMessageDispatcher"/> built from one handler per message type, keyed by the type's name.</summary>
public sealed class MessageDispatcher : IMessageDispatcher
{
    private readonly Dictionary<string, Func<JsonElement, MessageContext, CancellationToken, Task<object?>>> _handlers = new(StringComparer.Ordinal);

    /// <summary>Handles a one-way message (cast or fanout).</summary>
    public MessageDispatcher On<TCommand>(Func<TCommand, MessageContext, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _handlers[MessagingJson.MethodName<TCommand>()] = async (payload, context, ct) =>
        {
            await handler(MessagingJson.FromElement<TCommand>(payload), context, ct);
            return null;
        };
        return this;
    }

    /// <summary>Handles a request and returns its reply (call).</summary>
    public MessageDispatcher On<TRequest, TReply>(Func<TRequest, MessageContext, CancellationToken, Task<TReply>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _handlers[MessagingJson.MethodName<TRequest>()] = async (payload, context, ct) =>
            await handler(MessagingJson.FromElement<TRequest>(payload), context, ct);
        return this;
    }

    public Task<object?> DispatchAsync(string method, JsonElement payload, MessageContext context, CancellationToken ct) =>
        _handlers.TryGetValue(method, out var handler)
            ? handler(payload, context, ct)
            : throw new NotSupportedException($"No handler for method '{method}'.");
}
