using System.Runtime.InteropServices;

namespace SharpStack.Cli;

/// <summary>Turns SIGINT (Ctrl-C) and SIGTERM into a cancellation, so the process stops its services in order.</summary>
internal sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly PosixSignalRegistration[] _registrations;

    public ShutdownSignal()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    public CancellationToken Token => _stopping.Token;

    public async Task WaitAsync()
    {
        var stopped = new TaskCompletionSource();
        await using var registration = _stopping.Token.Register(() => stopped.TrySetResult());
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
