using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SharpStack.Hosting.Clients;

/// <summary>One <see cref="ServiceTokenProvider"/> per distinct service user, shared by every client that uses it.</summary>
internal sealed class ServiceTokenProviders(IHttpClientFactory httpClients, TimeProvider time, ILoggerFactory loggers) : IDisposable
{
    private readonly ConcurrentDictionary<ServiceCredentials, Lazy<ServiceTokenProvider>> _providers = new();

    public ServiceTokenProvider For(ServiceCredentials credentials) =>
        _providers.GetOrAdd(credentials, key => new Lazy<ServiceTokenProvider>(
            () => new ServiceTokenProvider(key, httpClients, time, loggers.CreateLogger<ServiceTokenProvider>()))).Value;

    public void Dispose()
    {
        foreach (var provider in _providers.Values.Where(provider => provider.IsValueCreated))
        {
            provider.Value.Dispose();
        }
    }
}
