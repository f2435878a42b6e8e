using Microsoft.EntityFrameworkCore;
using SharpStack.Data;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Persistence;

/// <summary>The Image service's database; <see cref="SqliteImageDbContext"/> and <see cref="PostgresImageDbContext"/> carry the migrations.</summary>
internal abstract class ImageDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<ImageRecord> Images => Set<ImageRecord>();

    public DbSet<ImageProperty> ImageProperties => Set<ImageProperty>();

    public DbSet<ImageTag> ImageTags => Set<ImageTag>();

    public DbSet<ImageMember> ImageMembers => Set<ImageMember>();

    public DbSet<ImageLocation> ImageLocations => Set<ImageLocation>();

    public DbSet<ImageTask> Tasks => Set<ImageTask>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ImageDbContext).Assembly);
}
