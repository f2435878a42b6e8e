using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Data;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> builder)
    {
        builder.ToTable("role");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(r => r.Name).HasMaxLength(Role.NameMaxLength);
        builder.Property(r => r.DomainId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(r => r.Description).HasMaxLength(Role.DescriptionMaxLength);
        builder.Property(r => r.Extra).HasJsonTextConversion();
        builder.Property(r => r.Options).HasJsonTextConversion();
        builder.HasIndex(r => new { r.Name, r.DomainId }).IsUnique();
        builder.Ignore(r => r.IsGlobal);
    }
}
