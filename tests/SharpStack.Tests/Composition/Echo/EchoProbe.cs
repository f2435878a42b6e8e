namespace SharpStack.Tests.Composition.Echo;

/// <summary>Lets a test see an echo agent start and stop, on the host it reports.</summary>
internal sealed class EchoProbe
{
    private readonly TaskCompletionSource<string> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<string> Started => _started.Task;

    public Task Stopped => _stopped.Task;

    public void OnStarted(string host) => _started.TrySetResult(host);

    public void OnStopped() => _stopped.TrySetResult();
}
