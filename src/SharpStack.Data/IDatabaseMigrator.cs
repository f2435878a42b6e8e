namespace SharpStack.Data;

/// <summary>Brings every registered service database to the latest schema.</summary>
public interface IDatabaseMigrator
{
    /// <summary>Creates missing databases and applies pending migrations, service by service.</summary>
    /// <exception cref="DatabaseUnavailableException">A database cannot be reached or opened.</exception>
    Task MigrateAsync(CancellationToken cancellationToken);
}
