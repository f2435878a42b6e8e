using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Data;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("project");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(p => p.Name).HasMaxLength(Project.NameMaxLength);
        builder.Property(p => p.DomainId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(p => p.ParentId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(p => p.Extra).HasJsonTextConversion();
        builder.Property(p => p.Options).HasJsonTextConversion();
        builder.HasIndex(p => new { p.DomainId, p.Name }).IsUnique();
        builder.HasOne<IdentityDomain>().WithMany().HasForeignKey(p => p.DomainId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Project>().WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Tags).WithOne().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
