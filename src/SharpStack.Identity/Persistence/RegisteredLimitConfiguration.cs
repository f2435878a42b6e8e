using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class RegisteredLimitConfiguration : IEntityTypeConfiguration<RegisteredLimit>
{
    public void Configure(EntityTypeBuilder<RegisteredLimit> builder)
    {
        builder.ToTable("registered_limit");
        builder.HasKey(r => r.InternalId);
        builder.Property(r => r.InternalId).ValueGeneratedOnAdd();
        builder.Property(r => r.Id).HasMaxLength(KeystoneIds.MaxLength);
        builder.HasIndex(r => r.Id).IsUnique();
        builder.Property(r => r.ServiceId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(r => r.RegionId).HasMaxLength(Region.IdMaxLength);
        builder.Property(r => r.ResourceName).HasMaxLength(RegisteredLimit.ResourceNameMaxLength);
        builder.HasIndex(r => new { r.ServiceId, r.RegionId, r.ResourceName });
        builder.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
