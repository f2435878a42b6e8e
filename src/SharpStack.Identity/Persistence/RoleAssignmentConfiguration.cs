using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> builder)
    {
        builder.ToTable("assignment");
        builder.HasKey(a => new { a.Type, a.ActorId, a.TargetId, a.RoleId, a.Inherited });
        builder.Property(a => a.Type).HasMaxLength(RoleAssignment.TypeMaxLength);
        builder.Property(a => a.ActorId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(a => a.TargetId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(a => a.RoleId).HasMaxLength(KeystoneIds.MaxLength);
        builder.HasIndex(a => a.ActorId);
        builder.HasIndex(a => a.TargetId);
        builder.HasOne<Role>().WithMany().HasForeignKey(a => a.RoleId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.ActorType);
        builder.Ignore(a => a.TargetType);
    }
}
