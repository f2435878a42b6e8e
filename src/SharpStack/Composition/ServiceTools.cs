using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SharpStack.Data;
using SharpStack.Identity.Application;

namespace SharpStack.Composition;

/// <summary>The services' databases and bootstrap outside any web application: for <c>db upgrade</c>, <c>bootstrap</c> and the start of <c>up</c>.</summary>
internal sealed class ServiceTools(ServiceProvider provider) : IAsyncDisposable
{
    public static ServiceTools Create(IConfiguration configuration, IEnumerable<ServiceDefinition> services, DirectoryInfo dataDirectory)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton(configuration);
        collection.AddLogging(logging => logging
            .AddHostWarnings()
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Critical));
        SharedServices.AddDataDirectoryDefault(collection, dataDirectory);
        foreach (var service in services)
        {
            service.AddDatabase(collection);
        }

        return new ServiceTools(collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    public Task MigrateAsync(CancellationToken cancellationToken) =>
        provider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(cancellationToken);

    public async Task<BootstrapResult> BootstrapAsync(BootstrapRequest request, CancellationToken cancellationToken)
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IIdentityBootstrapper>().BootstrapAsync(request, cancellationToken);
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
