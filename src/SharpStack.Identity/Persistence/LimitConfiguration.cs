using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class LimitConfiguration : IEntityTypeConfiguration<Limit>
{
    public void Configure(EntityTypeBuilder<Limit> builder)
    {
        builder.ToTable("limit");
        builder.HasKey(l => l.InternalId);
        builder.Property(l => l.InternalId).ValueGeneratedOnAdd();
        builder.Property(l => l.Id).HasMaxLength(KeystoneIds.MaxLength).IsRequired();
        builder.HasIndex(l => l.Id).IsUnique();
        builder.Property(l => l.ProjectId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(l => l.DomainId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(l => l.RegisteredLimitId).HasMaxLength(KeystoneIds.MaxLength);
        builder.HasIndex(l => new { l.RegisteredLimitId, l.ProjectId });
        builder.HasOne(l => l.RegisteredLimit).WithMany().HasForeignKey(l => l.RegisteredLimitId)
            .HasPrincipalKey(r => r.Id).OnDelete(DeleteBehavior.Restrict);
    }
}
