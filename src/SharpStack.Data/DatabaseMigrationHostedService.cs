using Microsoft.Extensions.Hosting;

namespace SharpStack.Data;

/// <summary>Applies pending migrations before the host starts serving.</summary>
internal sealed class DatabaseMigrationHostedService(IDatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
