using Microsoft.Extensions.Hosting;

namespace SharpStack.Composition;

/// <summary>
/// Leaves signal handling to the SharpStack process, which stops every service in order; the default
/// console lifetime would let each service stop itself on Ctrl-C.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
