using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class AccessRuleConfiguration : IEntityTypeConfiguration<AccessRule>
{
    public void Configure(EntityTypeBuilder<AccessRule> builder)
    {
        builder.ToTable("access_rule");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.ExternalId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(r => r.UserId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(r => r.Service).HasMaxLength(AccessRule.ServiceMaxLength);
        builder.Property(r => r.Path).HasMaxLength(AccessRule.PathMaxLength);
        builder.Property(r => r.Method).HasMaxLength(AccessRule.MethodMaxLength);
        builder.HasIndex(r => r.ExternalId).IsUnique();
        builder.HasIndex(r => r.UserId);
        builder.HasIndex(r => new { r.UserId, r.Service, r.Path, r.Method }).IsUnique().HasDatabaseName("duplicate_access_rule_for_user_constraint");
    }
}
