using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Data;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class PolicyBlobConfiguration : IEntityTypeConfiguration<PolicyBlob>
{
    public void Configure(EntityTypeBuilder<PolicyBlob> builder)
    {
        builder.ToTable("policy");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(p => p.Type).HasMaxLength(PolicyBlob.TypeMaxLength);
        builder.Property(p => p.Extra).HasJsonTextConversion();
    }
}
