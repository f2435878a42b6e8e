using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Image.Domain.Metadefs;

namespace SharpStack.Image.Persistence;

internal sealed class MetadefResourceTypeConfiguration : IEntityTypeConfiguration<MetadefResourceType>
{
    public void Configure(EntityTypeBuilder<MetadefResourceType> builder)
    {
        builder.ToTable("metadef_resource_types");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Name).HasMaxLength(MetadefResourceType.NameMaxLength);
        builder.HasIndex(r => r.Name).IsUnique();
        builder.HasData(MetadefSeed.ResourceTypes.Select((name, index) => new MetadefResourceType
        {
            Id = index + 1,
            Name = name,
            Protected = true,
            CreatedAt = MetadefSeed.SeededAt,
            UpdatedAt = MetadefSeed.SeededAt,
        }));
    }
}
