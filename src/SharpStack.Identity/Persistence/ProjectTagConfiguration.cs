using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class ProjectTagConfiguration : IEntityTypeConfiguration<ProjectTag>
{
    public void Configure(EntityTypeBuilder<ProjectTag> builder)
    {
        builder.ToTable("project_tag");
        builder.HasKey(t => new { t.ProjectId, t.Name });
        builder.Property(t => t.ProjectId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(t => t.Name).HasMaxLength(ProjectTag.NameMaxLength);
    }
}
