using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Data;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Persistence;

internal sealed class ImageTaskConfiguration : IEntityTypeConfiguration<ImageTask>
{
    public void Configure(EntityTypeBuilder<ImageTask> builder)
    {
        builder.ToTable("tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(ImageRecord.IdLength);
        builder.Property(t => t.Type).HasMaxLength(30);
        builder.Property(t => t.Status).HasMaxLength(30);
        builder.Property(t => t.Owner).HasMaxLength(ImageRecord.ProjectIdMaxLength);
        builder.Property(t => t.ImageId).HasMaxLength(ImageRecord.IdLength);
        builder.Property(t => t.RequestId).HasMaxLength(64);
        builder.Property(t => t.UserId).HasMaxLength(64);
        builder.Property(t => t.Message).HasMaxLength(ImageTask.MessageMaxLength);
        builder.Property(t => t.Input).HasJsonTextConversion();
        builder.Property(t => t.Result).HasJsonTextConversion();
        builder.HasIndex(t => t.Owner);
        builder.HasIndex(t => t.ImageId);
    }
}
