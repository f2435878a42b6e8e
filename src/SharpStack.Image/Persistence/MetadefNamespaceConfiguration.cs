using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Image.Domain.Metadefs;

namespace SharpStack.Image.Persistence;

internal sealed class MetadefNamespaceConfiguration : IEntityTypeConfiguration<MetadefNamespace>
{
    public void Configure(EntityTypeBuilder<MetadefNamespace> builder)
    {
        builder.ToTable("metadef_namespaces");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Namespace).HasMaxLength(MetadefNamespace.NameMaxLength);
        builder.Property(n => n.DisplayName).HasMaxLength(MetadefNamespace.NameMaxLength);
        builder.Property(n => n.Description).HasMaxLength(MetadefNamespace.DescriptionMaxLength);
        builder.Property(n => n.Visibility).HasMaxLength(32);
        builder.Property(n => n.Owner).HasMaxLength(MetadefNamespace.OwnerMaxLength);
        builder.HasIndex(n => n.Namespace).IsUnique();
        builder.HasIndex(n => n.Owner);
        builder.HasMany(n => n.Objects).WithOne().HasForeignKey(o => o.NamespaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Properties).WithOne().HasForeignKey(p => p.NamespaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Tags).WithOne().HasForeignKey(t => t.NamespaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.ResourceTypeAssociations).WithOne().HasForeignKey(a => a.NamespaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
