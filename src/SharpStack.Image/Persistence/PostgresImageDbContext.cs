using Microsoft.EntityFrameworkCore;

namespace SharpStack.Image.Persistence;

/// <summary>The Image database on PostgreSQL; owns the migrations in Migrations/Postgres.</summary>
internal sealed class PostgresImageDbContext(DbContextOptions<PostgresImageDbContext> options) : ImageDbContext(options);
