using Microsoft.Extensions.DependencyInjection;
using SharpStack.Data;

namespace SharpStack.Composition;

/// <summary>What every service of one process shares: the data folder its SQLite files default to.</summary>
internal static class SharedServices
{
    public static Action<IServiceCollection> For(DirectoryInfo dataDirectory) => services =>
        services.PostConfigure<DatabaseOptions>(options =>
        {
            if (string.IsNullOrWhiteSpace(options.DataDirectory))
            {
                options.DataDirectory = dataDirectory.FullName;
            }
        });
}
