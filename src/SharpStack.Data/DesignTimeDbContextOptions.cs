using Microsoft.EntityFrameworkCore;

namespace SharpStack.Data;

/// <summary>Options for the design-time factories that <c>dotnet ef migrations add</c> uses; they never connect.</summary>
public static class DesignTimeDbContextOptions
{
    /// <summary>SQLite options for generating migrations of <typeparamref name="TContext"/>.</summary>
    public static DbContextOptions<TContext> Sqlite<TContext>()
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>().UseSqlite("Data Source=design-time.db").Options;

    /// <summary>PostgreSQL options for generating migrations of <typeparamref name="TContext"/>.</summary>
    public static DbContextOptions<TContext> Postgres<TContext>()
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost;Database=design_time").Options;
}
