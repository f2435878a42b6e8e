using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class RevocationEventConfiguration : IEntityTypeConfiguration<RevocationEvent>
{
    private const int AuditIdMaxLength = 32;

    public void Configure(EntityTypeBuilder<RevocationEvent> builder)
    {
        builder.ToTable("revocation_event");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.DomainId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(e => e.ProjectId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(e => e.UserId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(e => e.RoleId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(e => e.TrustId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(e => e.ConsumerId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(e => e.AccessTokenId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(e => e.AuditId).HasMaxLength(AuditIdMaxLength);
        builder.Property(e => e.AuditChainId).HasMaxLength(AuditIdMaxLength);

        // Keystone's indexes, plus issued_before alone: validation reads the events newer than a token.
        builder.HasIndex(e => e.IssuedBefore);
        builder.HasIndex(e => e.RevokedAt);
        builder.HasIndex(e => new { e.AuditId, e.IssuedBefore });
        builder.HasIndex(e => new { e.ProjectId, e.IssuedBefore });
        builder.HasIndex(e => new { e.UserId, e.IssuedBefore });
    }
}
