using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Persistence;

internal sealed class ImageRecordConfiguration : IEntityTypeConfiguration<ImageRecord>
{
    public void Configure(EntityTypeBuilder<ImageRecord> builder)
    {
        builder.ToTable("images");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(ImageRecord.IdLength);
        builder.Property(i => i.Name).HasMaxLength(ImageRecord.NameMaxLength);
        builder.Property(i => i.Status).HasMaxLength(30);
        builder.Property(i => i.Visibility).HasMaxLength(20);
        builder.Property(i => i.Owner).HasMaxLength(ImageRecord.ProjectIdMaxLength);
        builder.Property(i => i.DiskFormat).HasMaxLength(ImageRecord.FormatMaxLength);
        builder.Property(i => i.ContainerFormat).HasMaxLength(ImageRecord.FormatMaxLength);
        builder.Property(i => i.Checksum).HasMaxLength(32);
        builder.Property(i => i.OsHashAlgo).HasMaxLength(64);
        builder.Property(i => i.OsHashValue).HasMaxLength(ImageRecord.HashMaxLength);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.Owner);
        builder.HasIndex(i => i.Status);
        builder.HasIndex(i => i.Visibility);
        builder.HasIndex(i => i.CreatedAt);
        builder.HasMany(i => i.Properties).WithOne().HasForeignKey(p => p.ImageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Tags).WithOne().HasForeignKey(t => t.ImageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Members).WithOne().HasForeignKey(m => m.ImageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Locations).WithOne().HasForeignKey(l => l.ImageId).OnDelete(DeleteBehavior.Cascade);
    }
}
