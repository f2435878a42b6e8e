using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace SharpStack.Robustness.Tests;

/// <summary>One mapped operation of a service, read from its <see cref="EndpointDataSource"/>.</summary>
public sealed record RobustRoute(string Service, string Method, string Pattern, IReadOnlyList<RouteSegment> Segments)
{
    public bool IsWrite => Method is "POST" or "PUT" or "PATCH" or "DELETE";

    public bool TakesBody => Method is "POST" or "PUT" or "PATCH";

    public bool HasParameters => Segments.Any(segment => segment.IsParameter);

    public static IReadOnlyList<RobustRoute> Discover(string service, IServiceProvider services)
    {
        var routes = new SortedDictionary<string, RobustRoute>(StringComparer.Ordinal);
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                var route = new RobustRoute(service, method, "/" + (pattern.RawText ?? "").Trim('/'), Parse(pattern));
                routes.TryAdd($"{route.Pattern} {route.Method}", route);
            }
        }

        return [.. routes.Values];
    }

    public override string ToString() => $"{Service} {Method} {Pattern}";

    private static List<RouteSegment> Parse(RoutePattern pattern) =>
    [
        .. pattern.PathSegments.Select(segment => segment.Parts.Count == 1 && segment.Parts[0] is RoutePatternParameterPart parameter
            ? new RouteSegment(parameter.Name, IsParameter: true)
            : new RouteSegment(string.Concat(segment.Parts.Select(Literal)), IsParameter: false)),
    ];

    private static string Literal(RoutePatternPart part) => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
        _ => "",
    };
}
