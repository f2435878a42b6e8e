using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Image.Domain.Metadefs;

namespace SharpStack.Image.Persistence;

internal sealed class MetadefObjectConfiguration : IEntityTypeConfiguration<MetadefObject>
{
    public void Configure(EntityTypeBuilder<MetadefObject> builder)
    {
        builder.ToTable("metadef_objects");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(MetadefObject.NameMaxLength);
        builder.HasIndex(o => new { o.NamespaceId, o.Name }).IsUnique();
    }
}
