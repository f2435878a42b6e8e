using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Image.Application.Schemas;

namespace SharpStack.Image.Api;

/// <summary><c>/v2/schemas/image(s)</c> and <c>/v2/schemas/member(s)</c> (api-ref/source/v2/images-schemas.inc, images-sharing-v2.inc).</summary>
internal static class SchemaEndpoints
{
    public static IEndpointRouteBuilder MapSchemaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v2/schemas/image", () => Results.Json(ImageSchemas.Image()));
        endpoints.MapGet("/v2/schemas/images", () => Results.Json(ImageSchemas.Images()));
        endpoints.MapGet("/v2/schemas/member", () => Results.Json(ImageSchemas.Member()));
        endpoints.MapGet("/v2/schemas/members", () => Results.Json(ImageSchemas.Members()));
        return endpoints;
    }
}
