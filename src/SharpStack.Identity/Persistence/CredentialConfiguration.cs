using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Data;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class CredentialConfiguration : IEntityTypeConfiguration<Credential>
{
    public void Configure(EntityTypeBuilder<Credential> builder)
    {
        builder.ToTable("credential");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(c => c.UserId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(c => c.ProjectId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(c => c.Type).HasMaxLength(Credential.TypeMaxLength);
        builder.Property(c => c.KeyHash).HasMaxLength(Credential.KeyHashMaxLength);
        builder.Property(c => c.Extra).HasJsonTextConversion();
        builder.HasIndex(c => c.UserId);
    }
}
