using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class ApplicationCredentialAccessRuleConfiguration : IEntityTypeConfiguration<ApplicationCredentialAccessRule>
{
    public void Configure(EntityTypeBuilder<ApplicationCredentialAccessRule> builder)
    {
        builder.ToTable("application_credential_access_rule");
        builder.HasKey(r => new { r.ApplicationCredentialId, r.AccessRuleId });

        // As Keystone: an access rule still used by a credential cannot be deleted.
        builder.HasOne(r => r.AccessRule).WithMany().HasForeignKey(r => r.AccessRuleId).OnDelete(DeleteBehavior.Restrict);
    }
}
