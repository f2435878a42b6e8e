using Microsoft.EntityFrameworkCore.Design;
using SharpStack.Data;

namespace SharpStack.Identity.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model.</summary>
internal sealed class SqliteIdentityDbContextFactory : IDesignTimeDbContextFactory<SqliteIdentityDbContext>
{
    public SqliteIdentityDbContext CreateDbContext(string[] args) => new(DesignTimeDbContextOptions.Sqlite<SqliteIdentityDbContext>());
}
