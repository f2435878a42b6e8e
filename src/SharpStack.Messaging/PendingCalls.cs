using System.Collections.Concurrent;
using SharpStack.Messaging.Wire;

namespace SharpStack.Messaging;

/// <summary>Calls waiting for their reply, by correlation id.</summary>
internal sealed class PendingCalls
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ReplyEnvelope>> _waiting = new(StringComparer.Ordinal);

    public Task<ReplyEnvelope> Register(string correlationId)
    {
        var completion = new TaskCompletionSource<ReplyEnvelope>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[correlationId] = completion;
        return completion.Task;
    }

    public bool Complete(ReplyEnvelope reply) =>
        _waiting.TryRemove(reply.CorrelationId, out var completion) && completion.TrySetResult(reply);

    public void Forget(string correlationId) => _waiting.TryRemove(correlationId, out _);

    public static async Task<TReply> AwaitReplyAsync<TReply>(Task<ReplyEnvelope> reply, BusAddress to, string method, TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            return (await reply.WaitAsync(timeout, ct)).Unwrap<TReply>();
        }
        catch (TimeoutException exception)
        {
            throw new MessagingTimeoutException($"No reply to {method} from {to} within {timeout.TotalSeconds:0.###} s.", exception);
        }
    }
}
