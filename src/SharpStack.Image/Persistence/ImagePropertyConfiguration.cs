using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Persistence;

internal sealed class ImagePropertyConfiguration : IEntityTypeConfiguration<ImageProperty>
{
    public void Configure(EntityTypeBuilder<ImageProperty> builder)
    {
        builder.ToTable("image_properties");
        builder.HasKey(p => new { p.ImageId, p.Name });
        builder.Property(p => p.ImageId).HasMaxLength(ImageRecord.IdLength);
        builder.Property(p => p.Name).HasMaxLength(ImageProperty.NameMaxLength);
        builder.Property(p => p.Value).HasColumnType("text");
        builder.HasIndex(p => new { p.Name, p.Value });
    }
}
