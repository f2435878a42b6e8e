using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Data;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class IdentityDomainConfiguration : IEntityTypeConfiguration<IdentityDomain>
{
    public void Configure(EntityTypeBuilder<IdentityDomain> builder)
    {
        builder.ToTable("domain");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(d => d.Name).HasMaxLength(IdentityDomain.NameMaxLength);
        builder.HasIndex(d => d.Name).IsUnique();
        builder.Property(d => d.Extra).HasJsonTextConversion();
        builder.Property(d => d.Options).HasJsonTextConversion();
    }
}
