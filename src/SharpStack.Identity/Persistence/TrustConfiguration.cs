using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Data;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class TrustConfiguration : IEntityTypeConfiguration<Trust>
{
    public void Configure(EntityTypeBuilder<Trust> builder)
    {
        builder.ToTable("trust");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(t => t.TrustorUserId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(t => t.TrusteeUserId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(t => t.ProjectId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(t => t.RedelegatedTrustId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(t => t.Extra).HasJsonTextConversion();
        builder.HasIndex(t => new { t.TrustorUserId, t.TrusteeUserId, t.ProjectId, t.Impersonation, t.ExpiresAt })
            .IsUnique()
            .HasDatabaseName("duplicate_trust_constraint");
        builder.HasIndex(t => t.TrusteeUserId);
        builder.HasMany(t => t.Roles).WithOne().HasForeignKey(r => r.TrustId).OnDelete(DeleteBehavior.Cascade);
    }
}
