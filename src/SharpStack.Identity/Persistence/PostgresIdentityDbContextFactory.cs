using Microsoft.EntityFrameworkCore.Design;
using SharpStack.Data;

namespace SharpStack.Identity.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model.</summary>
internal sealed class PostgresIdentityDbContextFactory : IDesignTimeDbContextFactory<PostgresIdentityDbContext>
{
    public PostgresIdentityDbContext CreateDbContext(string[] args) => new(DesignTimeDbContextOptions.Postgres<PostgresIdentityDbContext>());
}
