using System.Text.Json;

namespace SharpStack.Messaging.Wire;

/// <summary>What a cast, call or fanout looks like on the wire.</summary>
internal sealed record MessageEnvelope
{
    public required string MessageId { get; init; }

    public required string RequestId { get; init; }

    public required MessageContext Context { get; init; }

    public required string Method { get; init; }

    public JsonElement Payload { get; init; }

    public string? ReplyTo { get; init; }

    public string? CorrelationId { get; init; }

    public static MessageEnvelope Create<T>(T message, string? replyTo = null, string? correlationId = null)
    {
        var context = MessageContext.Current ?? MessageContext.Anonymous();
        return new MessageEnvelope
        {
            MessageId = Guid.NewGuid().ToString(),
            RequestId = context.RequestId,
            Context = context,
            Method = MessagingJson.MethodName<T>(),
            Payload = MessagingJson.ToElement(message),
            ReplyTo = replyTo,
            CorrelationId = correlationId,
        };
    }
}
