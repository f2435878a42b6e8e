using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Data;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("region");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(Region.IdMaxLength);
        builder.Property(r => r.Description).HasMaxLength(Region.DescriptionMaxLength);
        builder.Property(r => r.ParentRegionId).HasMaxLength(Region.IdMaxLength);
        builder.Property(r => r.Extra).HasJsonTextConversion();
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.ParentRegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
