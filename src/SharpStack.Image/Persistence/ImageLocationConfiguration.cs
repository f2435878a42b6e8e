using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Persistence;

internal sealed class ImageLocationConfiguration : IEntityTypeConfiguration<ImageLocation>
{
    public void Configure(EntityTypeBuilder<ImageLocation> builder)
    {
        builder.ToTable("image_locations");
        builder.HasKey(l => new { l.ImageId, l.StoreId });
        builder.Property(l => l.ImageId).HasMaxLength(ImageRecord.IdLength);
        builder.Property(l => l.StoreId).HasMaxLength(ImageLocation.StoreMaxLength);
        builder.Property(l => l.Url).HasMaxLength(ImageLocation.UrlMaxLength);
    }
}
