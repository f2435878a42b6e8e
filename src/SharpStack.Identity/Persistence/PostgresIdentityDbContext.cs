using Microsoft.EntityFrameworkCore;

namespace SharpStack.Identity.Persistence;

/// <summary>The Identity database on PostgreSQL; owns the migrations in Migrations/Postgres.</summary>
internal sealed class PostgresIdentityDbContext(DbContextOptions<PostgresIdentityDbContext> options) : IdentityDbContext(options);
