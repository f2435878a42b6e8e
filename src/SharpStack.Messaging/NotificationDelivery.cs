using Microsoft.Extensions.Logging;

namespace SharpStack.Messaging;

/// <summary>Hands a notification to a subscriber with its context made ambient; a subscriber's failure is logged, not retried.</summary>
internal sealed class NotificationDelivery(string subscriberName, Func<Notification, CancellationToken, Task> handler, ILogger logger)
{
    public async Task DeliverAsync(Notification notification, CancellationToken ct)
    {
        var previous = MessageContext.Current;
        MessageContext.Current = notification.Context;
        try
        {
            await handler(notification, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // One subscriber's bug must not stop its consumer.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            MessagingLog.SubscriberFailed(logger, exception, subscriberName, notification.EventType);
        }
        finally
        {
            MessageContext.Current = previous;
        }
    }
}
