using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SharpStack.Data;

/// <summary>Registers service databases and the migration runner.</summary>
public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database of one service: <typeparamref name="TContext"/> resolves to the SQLite or the
    /// PostgreSQL context (each with its own migrations) as the <c>database</c> options choose, and
    /// <see cref="IDatabaseMigrator"/> will migrate it.
    /// </summary>
    public static IServiceCollection AddServiceDatabase<TContext, TSqliteContext, TPostgresContext>(this IServiceCollection services, string serviceName)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TPostgresContext : TContext
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        services.AddDatabaseCore();
        var database = new ServiceDatabase<TContext, TSqliteContext, TPostgresContext>(serviceName);
        services.AddSingleton<IServiceDatabase>(database);
        services.AddDbContext<TSqliteContext>((provider, options) => ConfigureSqlite(provider, options, serviceName));
        services.AddDbContext<TPostgresContext>((provider, options) => ConfigurePostgres(provider, options, serviceName));
        services.TryAddScoped(database.Resolve);
        return services;
    }

    /// <summary>Runs <see cref="IDatabaseMigrator"/> when the host starts, before anything serves.</summary>
    public static IServiceCollection AddDatabaseMigrationOnStartup(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDatabaseCore();
        services.AddHostedService<DatabaseMigrationHostedService>();
        return services;
    }

    private static void AddDatabaseCore(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>());
        services.TryAddSingleton<DatabaseTargets>();
        services.TryAddSingleton<IDatabaseMigrator, DatabaseMigrator>();
    }

    private static void ConfigureSqlite(IServiceProvider provider, DbContextOptionsBuilder options, string serviceName)
    {
        var target = provider.GetRequiredService<DatabaseTargets>().Get(serviceName);
        var busyTimeout = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.BusyTimeoutSeconds;
        options.UseSqlite(target.ConnectionString).AddInterceptors(new SqlitePragmaInterceptor(busyTimeout));
    }

    private static void ConfigurePostgres(IServiceProvider provider, DbContextOptionsBuilder options, string serviceName)
    {
        var target = provider.GetRequiredService<DatabaseTargets>().Get(serviceName);
        options.UseNpgsql(target.ConnectionString);
    }
}
