using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class DomainConfigOptionConfiguration : IEntityTypeConfiguration<DomainConfigOption>
{
    public void Configure(EntityTypeBuilder<DomainConfigOption> builder)
    {
        builder.ToTable("domain_config");
        builder.HasKey(o => new { o.DomainId, o.Group, o.Option });
        builder.Property(o => o.DomainId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(o => o.Group).HasColumnName("group").HasMaxLength(DomainConfigOption.NameMaxLength);
        builder.Property(o => o.Option).HasColumnName("option").HasMaxLength(DomainConfigOption.NameMaxLength);
        builder.Property(o => o.Value).HasColumnType("text");
    }
}
