using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Data;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("user");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(u => u.DomainId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(u => u.Name).HasMaxLength(User.NameMaxLength);
        builder.Property(u => u.DefaultProjectId).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(u => u.PasswordHash).HasColumnName("password").HasMaxLength(User.PasswordHashMaxLength);
        builder.Property(u => u.Options).HasJsonTextConversion();
        builder.Property(u => u.Extra).HasJsonTextConversion();
        builder.HasIndex(u => new { u.DomainId, u.Name }).IsUnique();
        builder.HasOne<IdentityDomain>().WithMany().HasForeignKey(u => u.DomainId).OnDelete(DeleteBehavior.Restrict);
    }
}
