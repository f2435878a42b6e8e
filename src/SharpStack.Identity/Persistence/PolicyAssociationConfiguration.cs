using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class PolicyAssociationConfiguration : IEntityTypeConfiguration<PolicyAssociation>
{
    public void Configure(EntityTypeBuilder<PolicyAssociation> builder)
    {
        builder.ToTable("policy_association");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(a => a.PolicyId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(a => a.EndpointId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(a => a.ServiceId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(a => a.RegionId).HasMaxLength(Region.IdMaxLength);
        builder.HasIndex(a => new { a.EndpointId, a.ServiceId, a.RegionId }).IsUnique();
        builder.HasIndex(a => a.PolicyId);
    }
}
