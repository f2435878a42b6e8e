using Microsoft.EntityFrameworkCore.Design;
using SharpStack.Data;

namespace SharpStack.Image.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model.</summary>
internal sealed class PostgresImageDbContextFactory : IDesignTimeDbContextFactory<PostgresImageDbContext>
{
    public PostgresImageDbContext CreateDbContext(string[] args) => new(DesignTimeDbContextOptions.Postgres<PostgresImageDbContext>());
}
