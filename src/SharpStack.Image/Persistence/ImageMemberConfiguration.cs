using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Persistence;

internal sealed class ImageMemberConfiguration : IEntityTypeConfiguration<ImageMember>
{
    public void Configure(EntityTypeBuilder<ImageMember> builder)
    {
        builder.ToTable("image_members");
        builder.HasKey(m => new { m.ImageId, m.MemberId });
        builder.Property(m => m.ImageId).HasMaxLength(ImageRecord.IdLength);
        builder.Property(m => m.MemberId).HasMaxLength(ImageRecord.ProjectIdMaxLength);
        builder.Property(m => m.Status).HasMaxLength(20);
        builder.HasIndex(m => m.MemberId);
    }
}
