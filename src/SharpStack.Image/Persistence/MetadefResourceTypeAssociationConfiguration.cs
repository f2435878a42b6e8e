using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Image.Domain.Metadefs;

namespace SharpStack.Image.Persistence;

internal sealed class MetadefResourceTypeAssociationConfiguration : IEntityTypeConfiguration<MetadefResourceTypeAssociation>
{
    public void Configure(EntityTypeBuilder<MetadefResourceTypeAssociation> builder)
    {
        builder.ToTable("metadef_namespace_resource_types");
        builder.HasKey(a => new { a.ResourceTypeId, a.NamespaceId });
        builder.Property(a => a.Prefix).HasMaxLength(MetadefResourceTypeAssociation.PrefixMaxLength);
        builder.Property(a => a.PropertiesTarget).HasMaxLength(MetadefResourceTypeAssociation.PropertiesTargetMaxLength);
        builder.HasOne(a => a.ResourceType).WithMany().HasForeignKey(a => a.ResourceTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.NamespaceId);
    }
}
