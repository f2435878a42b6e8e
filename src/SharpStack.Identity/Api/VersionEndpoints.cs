using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Common.Versions;
using SharpStack.Hosting;
using SharpStack.Hosting.Versions;

namespace SharpStack.Identity.Api;

/// <summary>Version discovery at the Identity root, as keystone/api/discovery.py serves it.</summary>
internal static class VersionEndpoints
{
    public static IEndpointRouteBuilder MapVersionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext context) => Results.Json(
                VersionDocuments.KeystoneList(VersionDocuments.Identity(context.GetPublicBaseUri())),
                statusCode: StatusCodes.Status300MultipleChoices))
            .AsVersionDiscovery();

        endpoints.MapGet("/v3", (HttpContext context) =>
                Results.Json(VersionDocuments.Document(VersionDocuments.Identity(context.GetPublicBaseUri()))))
            .AsVersionDiscovery();

        return endpoints;
    }
}
