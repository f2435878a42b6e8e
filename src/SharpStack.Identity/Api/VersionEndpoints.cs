using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SharpStack.Identity.Api;

/// <summary>Version discovery at the Identity root, as keystone/api/discovery.py serves it.</summary>
internal static class VersionEndpoints
{
    public static IEndpointRouteBuilder MapVersionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpRequest request) =>
            Results.Json(
                new { versions = new { values = new[] { IdentityVersionDocument.ForBaseUrl(BaseUrl(request)) } } },
                IdentityJson.Options,
                statusCode: StatusCodes.Status300MultipleChoices));

        endpoints.MapGet("/v3", (HttpRequest request) =>
            Results.Json(new { version = IdentityVersionDocument.ForBaseUrl(BaseUrl(request)) }, IdentityJson.Options));

        return endpoints;
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
