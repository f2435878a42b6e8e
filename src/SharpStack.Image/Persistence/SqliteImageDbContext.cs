using Microsoft.EntityFrameworkCore;

namespace SharpStack.Image.Persistence;

/// <summary>The Image database on Sqlite; owns the migrations in Migrations/Sqlite.</summary>
internal sealed class SqliteImageDbContext(DbContextOptions<SqliteImageDbContext> options) : ImageDbContext(options);
