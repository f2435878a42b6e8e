using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class ProjectEndpointGroupConfiguration : IEntityTypeConfiguration<ProjectEndpointGroup>
{
    public void Configure(EntityTypeBuilder<ProjectEndpointGroup> builder)
    {
        builder.ToTable("project_endpoint_group");
        builder.HasKey(m => new { m.EndpointGroupId, m.ProjectId });
        builder.Property(m => m.EndpointGroupId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(m => m.ProjectId).HasMaxLength(KeystoneIds.MaxLength);
        builder.HasOne<EndpointGroup>().WithMany().HasForeignKey(m => m.EndpointGroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.ProjectId).HasDatabaseName("idx_project_id");
    }
}
