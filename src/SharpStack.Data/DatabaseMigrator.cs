using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SharpStack.Data;

internal sealed partial class DatabaseMigrator(
    IEnumerable<IServiceDatabase> databases,
    IServiceScopeFactory scopeFactory,
    DatabaseTargets targets,
    ILogger<DatabaseMigrator> logger) : IDatabaseMigrator
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        foreach (var database in databases)
        {
            var target = targets.Get(database.ServiceName);
            try
            {
                await MigrateAsync(database, target, cancellationToken);
            }
            catch (Exception ex) when (DatabaseErrors.Explain(ex, database.ServiceName, target) is { } message)
            {
                throw new DatabaseUnavailableException(message, ex);
            }
        }
    }

    private async Task MigrateAsync(IServiceDatabase database, DatabaseTarget target, CancellationToken cancellationToken)
    {
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target.Location)!);
        }
        await using var scope = scopeFactory.CreateAsyncScope();
        await using var context = database.CreateMigrationContext(scope.ServiceProvider);
        var creator = context.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            LogCreatingDatabase(database.ServiceName, target.Provider, target.Location);
            await creator.CreateAsync(cancellationToken);
        }
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            LogUpToDate(database.ServiceName, target.Provider, target.Location);
            return;
        }
        LogApplying(database.ServiceName, pending.Count, target.Provider, target.Location, pending[^1]);
        await context.Database.MigrateAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Creating the {Service} database ({Provider}, {Location})")]
    private partial void LogCreatingDatabase(string service, DatabaseProvider provider, string location);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Service} database is up to date ({Provider}, {Location})")]
    private partial void LogUpToDate(string service, DatabaseProvider provider, string location);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migrations to the {Service} database ({Provider}, {Location}) up to {Latest}")]
    private partial void LogApplying(string service, int count, DatabaseProvider provider, string location, string latest);
}
