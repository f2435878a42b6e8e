using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Data;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.ToTable("service");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(s => s.Type).HasMaxLength(Service.TypeMaxLength);
        builder.Property(s => s.Name).HasMaxLength(Service.NameMaxLength);
        builder.Property(s => s.Extra).HasJsonTextConversion();
        builder.HasIndex(s => s.Type);
    }
}
