using Microsoft.EntityFrameworkCore.Design;
using SharpStack.Data;

namespace SharpStack.Image.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the Sqlite model.</summary>
internal sealed class SqliteImageDbContextFactory : IDesignTimeDbContextFactory<SqliteImageDbContext>
{
    public SqliteImageDbContext CreateDbContext(string[] args) => new(DesignTimeDbContextOptions.Sqlite<SqliteImageDbContext>());
}
