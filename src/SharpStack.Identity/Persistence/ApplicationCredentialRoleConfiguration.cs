using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class ApplicationCredentialRoleConfiguration : IEntityTypeConfiguration<ApplicationCredentialRole>
{
    public void Configure(EntityTypeBuilder<ApplicationCredentialRole> builder)
    {
        builder.ToTable("application_credential_role");
        builder.HasKey(r => new { r.ApplicationCredentialId, r.RoleId });
        builder.Property(r => r.RoleId).HasMaxLength(KeystoneIds.MaxLength);
        builder.HasOne<Role>().WithMany().HasForeignKey(r => r.RoleId).OnDelete(DeleteBehavior.Cascade);
    }
}
