using Microsoft.EntityFrameworkCore;

namespace SharpStack.Identity.Persistence;

/// <summary>The Identity database on SQLite; owns the migrations in Migrations/Sqlite.</summary>
internal sealed class SqliteIdentityDbContext(DbContextOptions<SqliteIdentityDbContext> options) : IdentityDbContext(options);
