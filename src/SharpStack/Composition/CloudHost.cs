using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SharpStack.Composition;

/// <summary>Runs a set of services in this process, each its own web application on its own port.</summary>
internal sealed class CloudHost(
    IReadOnlyList<ServiceEndpoint> endpoints,
    Func<ServiceDefinition, IConfiguration> configurationOf,
    Action<IServiceCollection> addSharedServices) : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly List<WebApplication> _started = [];

    public IReadOnlyList<ServiceEndpoint> Endpoints => endpoints;

    /// <summary>Starts every service, then waits until each one's API answers.</summary>
    public async Task StartAsync(Action<string> reportProgress, CancellationToken cancellationToken)
    {
        await StartServicesAsync(reportProgress, cancellationToken);
        reportProgress("Waiting for every API to answer");
        await ReadinessProbe.WaitAsync(endpoints, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        for (var index = _started.Count - 1; index >= 0; index--)
        {
            using var timeout = new CancellationTokenSource(StopTimeout);
            await _started[index].StopAsync(timeout.Token);
            await _started[index].DisposeAsync();
        }

        _started.Clear();
    }

    private async Task StartServicesAsync(Action<string> reportProgress, CancellationToken cancellationToken)
    {
        foreach (var endpoint in endpoints)
        {
            reportProgress($"Starting {endpoint.Service.Name} on {endpoint.ListenUrl}");
            var app = ServiceApplicationFactory.Create(endpoint, configurationOf(endpoint.Service), addSharedServices);
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (Exception error) when (IsListenFailure(error, out var reason))
            {
                await app.DisposeAsync();
                throw new OperatorException(
                    $"{endpoint.Service.Name} cannot listen on {endpoint.ListenUrl} because {reason}; stop the program using it or set [{endpoint.Service.Name}] port in the configuration.");
            }

            _started.Add(app);
        }
    }

    private static bool IsListenFailure(Exception error, out string reason)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is AddressInUseException
                || current is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
            {
                reason = "the port is already in use";
                return true;
            }

            if (current is SocketException { SocketErrorCode: SocketError.AccessDenied or SocketError.AddressNotAvailable } socket)
            {
                reason = socket.SocketErrorCode == SocketError.AccessDenied
                    ? "this user may not listen on that port"
                    : "that address does not belong to this machine";
                return true;
            }
        }

        reason = "";
        return false;
    }
}
