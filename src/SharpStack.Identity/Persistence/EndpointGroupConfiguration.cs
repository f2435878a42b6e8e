using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Data;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class EndpointGroupConfiguration : IEntityTypeConfiguration<EndpointGroup>
{
    public void Configure(EntityTypeBuilder<EndpointGroup> builder)
    {
        builder.ToTable("endpoint_group");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(g => g.Name).HasMaxLength(EndpointGroup.NameMaxLength);
        builder.Property(g => g.Description).HasColumnType("text");
        builder.Property(g => g.Filters).HasJsonTextConversion();
    }
}
