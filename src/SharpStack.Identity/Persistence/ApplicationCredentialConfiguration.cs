using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class ApplicationCredentialConfiguration : IEntityTypeConfiguration<ApplicationCredential>
{
    public void Configure(EntityTypeBuilder<ApplicationCredential> builder)
    {
        builder.ToTable("application_credential");
        builder.HasKey(c => c.InternalId);
        builder.Property(c => c.InternalId).ValueGeneratedOnAdd();
        builder.Property(c => c.Id).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(c => c.Name).HasMaxLength(ApplicationCredential.NameMaxLength);
        builder.Property(c => c.SecretHash).HasMaxLength(ApplicationCredential.SecretHashMaxLength);
        builder.Property(c => c.UserId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(c => c.ProjectId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(c => c.System).HasMaxLength(KeystoneIds.MaxLength);
        builder.HasIndex(c => c.Id).IsUnique();
        builder.HasIndex(c => new { c.Name, c.UserId }).IsUnique().HasDatabaseName("duplicate_app_cred_constraint");
        builder.HasMany(c => c.Roles).WithOne().HasForeignKey(r => r.ApplicationCredentialId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.AccessRules).WithOne().HasForeignKey(r => r.ApplicationCredentialId).OnDelete(DeleteBehavior.Cascade);
    }
}
