using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Image.Domain.Metadefs;

namespace SharpStack.Image.Persistence;

internal sealed class MetadefTagConfiguration : IEntityTypeConfiguration<MetadefTag>
{
    public void Configure(EntityTypeBuilder<MetadefTag> builder)
    {
        builder.ToTable("metadef_tags");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(MetadefTag.NameMaxLength);
        builder.HasIndex(t => new { t.NamespaceId, t.Name }).IsUnique();
    }
}
