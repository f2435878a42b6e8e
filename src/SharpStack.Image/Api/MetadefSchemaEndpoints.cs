using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Image.Application.Metadefs;

namespace SharpStack.Image.Api;

/// <summary><c>/v2/schemas/metadefs/*</c> (api-ref/source/v2/metadefs-schemas.inc).</summary>
internal static class MetadefSchemaEndpoints
{
    public static IEndpointRouteBuilder MapMetadefSchemaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var name in MetadefSchemas.Names)
        {
            endpoints.MapGet($"/v2/schemas/metadefs/{name}", () => Results.Json(MetadefSchemas.Get(name)));
        }

        return endpoints;
    }
}
