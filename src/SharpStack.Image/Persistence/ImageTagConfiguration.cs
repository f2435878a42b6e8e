using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Persistence;

internal sealed class ImageTagConfiguration : IEntityTypeConfiguration<ImageTag>
{
    public void Configure(EntityTypeBuilder<ImageTag> builder)
    {
        builder.ToTable("image_tags");
        builder.HasKey(t => new { t.ImageId, t.Value });
        builder.Property(t => t.ImageId).HasMaxLength(ImageRecord.IdLength);
        builder.Property(t => t.Value).HasMaxLength(ImageTag.ValueMaxLength);
        builder.HasIndex(t => t.Value);
    }
}
