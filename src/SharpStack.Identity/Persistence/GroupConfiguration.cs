using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Data;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.ToTable("group");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(g => g.DomainId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(g => g.Name).HasMaxLength(Group.NameMaxLength);
        builder.Property(g => g.Extra).HasJsonTextConversion();
        builder.HasIndex(g => new { g.DomainId, g.Name }).IsUnique();
        builder.HasOne<IdentityDomain>().WithMany().HasForeignKey(g => g.DomainId).OnDelete(DeleteBehavior.Restrict);
    }
}
