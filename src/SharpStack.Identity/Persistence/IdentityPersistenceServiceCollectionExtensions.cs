using Microsoft.Extensions.DependencyInjection;
using SharpStack.Common;
using SharpStack.Data;

namespace SharpStack.Identity.Persistence;

/// <summary>Registers the Identity database.</summary>
public static class IdentityPersistenceServiceCollectionExtensions
{
    /// <summary>Registers the Identity database on the provider the <c>database</c> options choose, for use and for migration.</summary>
    public static IServiceCollection AddIdentityPersistence(this IServiceCollection services) =>
        services.AddServiceDatabase<IdentityDbContext, SqliteIdentityDbContext, PostgresIdentityDbContext>(ServiceNames.Identity);
}
