using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace SharpStack.Data;

internal sealed class ServiceDatabase<TContext, TSqliteContext, TPostgresContext>(string serviceName) : IServiceDatabase
    where TContext : DbContext
    where TSqliteContext : TContext
    where TPostgresContext : TContext
{
    public string ServiceName => serviceName;

    public DbContext CreateMigrationContext(IServiceProvider services) => Resolve(services);

    public TContext Resolve(IServiceProvider services) =>
        services.GetRequiredService<DatabaseTargets>().Get(serviceName).Provider switch
        {
            DatabaseProvider.Sqlite => services.GetRequiredService<TSqliteContext>(),
            _ => services.GetRequiredService<TPostgresContext>(),
        };
}
