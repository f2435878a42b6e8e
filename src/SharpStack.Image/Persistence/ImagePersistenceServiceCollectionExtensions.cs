using Microsoft.Extensions.DependencyInjection;
using SharpStack.Common;
using SharpStack.Data;

namespace SharpStack.Image.Persistence;

/// <summary>Registers the Image database.</summary>
public static class ImagePersistenceServiceCollectionExtensions
{
    /// <summary>Registers the Image database on the provider the <c>database</c> options choose, for use and for migration.</summary>
    public static IServiceCollection AddImagePersistence(this IServiceCollection services) =>
        services.AddServiceDatabase<ImageDbContext, SqliteImageDbContext, PostgresImageDbContext>(ServiceNames.Image);
}
