using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class ProjectEndpointConfiguration : IEntityTypeConfiguration<ProjectEndpoint>
{
    public void Configure(EntityTypeBuilder<ProjectEndpoint> builder)
    {
        builder.ToTable("project_endpoint");
        builder.HasKey(m => new { m.EndpointId, m.ProjectId });
        builder.Property(m => m.EndpointId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(m => m.ProjectId).HasMaxLength(KeystoneIds.MaxLength);
    }
}
