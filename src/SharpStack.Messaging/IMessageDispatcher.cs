using System.Text.Json;

namespace SharpStack.Messaging;

/// <summary>Runs the handler for a method name; serves the messages a server receives.</summary>
public interface IMessageDispatcher
{
    /// <summary>
    /// Handles one message. Returns the reply (serialized by the bus) or null for a one-way message.
    /// Throws <see cref="NotSupportedException"/> when no handler knows <paramref name="method"/>.
    /// </summary>
    Task<object?> DispatchAsync(string method, JsonElement payload, MessageContext context, CancellationToken ct);
}
