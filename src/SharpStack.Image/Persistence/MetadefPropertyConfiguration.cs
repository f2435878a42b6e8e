using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Image.Domain.Metadefs;

namespace SharpStack.Image.Persistence;

internal sealed class MetadefPropertyConfiguration : IEntityTypeConfiguration<MetadefProperty>
{
    public void Configure(EntityTypeBuilder<MetadefProperty> builder)
    {
        builder.ToTable("metadef_properties");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(MetadefProperty.NameMaxLength);
        builder.HasIndex(p => new { p.NamespaceId, p.Name }).IsUnique();
    }
}
