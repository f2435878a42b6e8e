using System.Runtime.InteropServices;

namespace SharpStack.Cli;

/// <summary>
/// Turns SIGINT (Ctrl-C) and SIGTERM, or the cancellation of the verb's own token (a caller running the command line
/// in its process), into one cancellation, so the process stops its services in order.
/// </summary>
internal sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _stopping;
    private readonly PosixSignalRegistration[] _registrations;

    public ShutdownSignal(CancellationToken stopRequested = default)
    {
        _stopping = CancellationTokenSource.CreateLinkedTokenSource(stopRequested);
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    public CancellationToken Token => _stopping.Token;

    public async Task WaitAsync(CancellationToken alsoStopOn = default)
    {
        var stopped = new TaskCompletionSource();
        await using var registration = _stopping.Token.Register(() => stopped.TrySetResult());
        await using var other = alsoStopOn.Register(() => stopped.TrySetResult());
        await stopped.Task;
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stopping.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        _stopping.Cancel();
    }
}
