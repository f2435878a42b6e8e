using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class TrustRoleConfiguration : IEntityTypeConfiguration<TrustRole>
{
    public void Configure(EntityTypeBuilder<TrustRole> builder)
    {
        builder.ToTable("trust_role");
        builder.HasKey(r => new { r.TrustId, r.RoleId });
        builder.Property(r => r.TrustId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(r => r.RoleId).HasMaxLength(KeystoneIds.MaxLength);
    }
}
