using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Data;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

internal sealed class OAuthConsumerConfiguration : IEntityTypeConfiguration<OAuthConsumer>
{
    public void Configure(EntityTypeBuilder<OAuthConsumer> builder)
    {
        builder.ToTable("consumer");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(KeystoneIds.MaxLength);
        builder.Property(c => c.Description).HasMaxLength(OAuthConsumer.DescriptionMaxLength);
        builder.Property(c => c.Secret).HasMaxLength(OAuthConsumer.SecretMaxLength);
        builder.Property(c => c.Extra).HasJsonTextConversion();
    }
}
