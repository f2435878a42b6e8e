using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class ImpliedRoleConfiguration : IEntityTypeConfiguration<ImpliedRole>
{
    public void Configure(EntityTypeBuilder<ImpliedRole> builder)
    {
        builder.ToTable("implied_role");
        builder.HasKey(i => new { i.PriorRoleId, i.ImpliedRoleId });
        builder.Property(i => i.PriorRoleId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(i => i.ImpliedRoleId).HasMaxLength(KeystoneIds.MaxLength);
        builder.HasOne<Role>().WithMany().HasForeignKey(i => i.PriorRoleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Role>().WithMany().HasForeignKey(i => i.ImpliedRoleId).OnDelete(DeleteBehavior.Cascade);
    }
}
