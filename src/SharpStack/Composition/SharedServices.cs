using Microsoft.Extensions.DependencyInjection;
using SharpStack.Data;
using SharpStack.Messaging;

namespace SharpStack.Composition;

/// <summary>What every service of one process shares: the message bus and the data folder its SQLite files default to.</summary>
internal static class SharedServices
{
    public static Action<IServiceCollection> For(DirectoryInfo dataDirectory, IMessageBus bus) => services =>
    {
        // A registered instance is not disposed by each service's container; the process disposes it once.
        services.AddSingleton(bus);
        AddDataDirectoryDefault(services, dataDirectory);
    };

    public static void AddDataDirectoryDefault(IServiceCollection services, DirectoryInfo dataDirectory) =>
        services.PostConfigure<DatabaseOptions>(options =>
        {
            if (string.IsNullOrWhiteSpace(options.DataDirectory))
            {
                options.DataDirectory = dataDirectory.FullName;
            }
        });
}
