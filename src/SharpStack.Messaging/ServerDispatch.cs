using Microsoft.Extensions.Logging;
using SharpStack.Messaging.Wire;

namespace SharpStack.Messaging;

/// <summary>Runs a received message through a dispatcher with its context made ambient, and builds the reply.</summary>
internal sealed class ServerDispatch(IMessageDispatcher dispatcher, DeliveryDeduplicator deduplicator, ILogger logger)
{
    /// <summary>
    /// Handles <paramref name="envelope"/> unless <paramref name="queue"/> already delivered it.
    /// Returns the reply to send, if the message asked for one and was handled now.
    /// Throws <see cref="OperationCanceledException"/> if stopped before the handler finished.
    /// </summary>
    public async Task<ReplyEnvelope?> HandleAsync(string queue, MessageEnvelope envelope, CancellationToken ct)
    {
        var key = $"{queue}/{envelope.MessageId}";
        while (deduplicator.TryBegin(key) is { } earlier)
        {
            if (await earlier.WaitAsync(ct))
            {
                MessagingLog.DuplicateSkipped(logger, envelope.Method, envelope.MessageId, queue);
                return null;
            }
        }

        var handled = false;
        try
        {
            var reply = await InvokeAsync(envelope, ct);
            handled = true;
            return reply;
        }
        finally
        {
            deduplicator.End(key, handled);
        }
    }

    private async Task<ReplyEnvelope?> InvokeAsync(MessageEnvelope envelope, CancellationToken ct)
    {
        var previous = MessageContext.Current;
        MessageContext.Current = envelope.Context;
        using var scope = logger.BeginScope(new RequestLogScope(envelope.RequestId, envelope.Context.GlobalRequestId));
        try
        {
            var result = await dispatcher.DispatchAsync(envelope.Method, envelope.Payload, envelope.Context, ct);
            return envelope.ReplyTo is null
                ? null
                : new ReplyEnvelope { CorrelationId = envelope.CorrelationId!, Result = MessagingJson.ToElement(result) };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A handler's failure goes back to its caller (or the log), never up the consumer loop.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            MessagingLog.HandlerFailed(logger, exception, envelope.Method, envelope.RequestId);
            return envelope.ReplyTo is null
                ? null
                : new ReplyEnvelope { CorrelationId = envelope.CorrelationId!, Failure = RemoteFailure.From(exception) };
        }
        finally
        {
            MessageContext.Current = previous;
        }
    }
}
