using Microsoft.EntityFrameworkCore;

namespace SharpStack.Data;

/// <summary>A registered service database, as the migrator sees it.</summary>
internal interface IServiceDatabase
{
    string ServiceName { get; }

    /// <summary>Creates the provider-specific context (the one that owns the migrations) from a scope.</summary>
    DbContext CreateMigrationContext(IServiceProvider services);
}
