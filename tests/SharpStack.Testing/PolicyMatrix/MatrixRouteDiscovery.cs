using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SharpStack.Testing.PolicyMatrix;

/// <summary>The operations a running service maps, read from its <see cref="EndpointDataSource"/>.</summary>
public static class MatrixRouteDiscovery
{
    public static IReadOnlySet<MatrixRoute> Discover(string service, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var routes = new HashSet<MatrixRoute>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? throw new InvalidOperationException($"Endpoint {endpoint.DisplayName} has no route text.");
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"];
            foreach (var method in methods)
            {
                routes.Add(new MatrixRoute(service, method, MatrixRoute.Normalize(pattern)));
            }
        }

        return routes;
    }
}
