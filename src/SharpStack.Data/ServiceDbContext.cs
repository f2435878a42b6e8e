using Microsoft.EntityFrameworkCore;

namespace SharpStack.Data;

/// <summary>Base of every service's DbContext: snake_case columns and UTC timestamps on both providers.</summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Conventions.Add(_ => new SnakeCaseColumnConvention());
    }
}
