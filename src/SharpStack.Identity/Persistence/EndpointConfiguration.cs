using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Data;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class EndpointConfiguration : IEntityTypeConfiguration<Endpoint>
{
    public void Configure(EntityTypeBuilder<Endpoint> builder)
    {
        builder.ToTable("endpoint");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(e => e.ServiceId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(e => e.RegionId).HasMaxLength(Region.IdMaxLength);
        builder.Property(e => e.Interface).HasMaxLength(EndpointInterface.MaxLength);
        builder.Property(e => e.Extra).HasJsonTextConversion();
        builder.HasOne<Service>().WithMany().HasForeignKey(e => e.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
