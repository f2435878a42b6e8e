using System.Text.Json;

namespace SharpStack.Messaging.Wire;

/// <summary>The answer to a call: a result or the failure of its handler.</summary>
internal sealed record ReplyEnvelope
{
    public required string CorrelationId { get; init; }

    public JsonElement? Result { get; init; }

    public RemoteFailure? Failure { get; init; }

    public TReply Unwrap<TReply>()
    {
        if (Failure is not null)
        {
            throw new RemoteErrorException(Failure.ExcType, Failure.Message, Failure.StackTrace);
        }

        return Result is { } result ? result.Deserialize<TReply>(MessagingJson.Options)! : default!;
    }
}
