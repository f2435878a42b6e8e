using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Common.Versions;
using SharpStack.Hosting;
using SharpStack.Hosting.Versions;

namespace SharpStack.Image.Api;

/// <summary>Version discovery as glance/api/versions.py serves it: 300 at the root, 200 at <c>/versions</c>.</summary>
internal static class VersionEndpoints
{
    /// <summary>The newest v2 minor version: 2.17 (Glance 2025.1).</summary>
    public const int CurrentMinor = 17;

    public static IEndpointRouteBuilder MapVersionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext context) => Results.Json(
                VersionDocuments.List(VersionDocuments.Image(context.GetPublicBaseUri(), CurrentMinor)),
                statusCode: StatusCodes.Status300MultipleChoices))
            .AsVersionDiscovery();

        endpoints.MapGet("/versions", (HttpContext context) =>
                Results.Json(VersionDocuments.List(VersionDocuments.Image(context.GetPublicBaseUri(), CurrentMinor))))
            .AsVersionDiscovery();

        return endpoints;
    }
}
