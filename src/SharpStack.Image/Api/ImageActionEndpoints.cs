using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Image.Application.Images;

namespace SharpStack.Image.Api;

/// <summary><c>/v2/images/{image_id}/actions/deactivate|reactivate</c> (api-ref/source/v2/images-images-v2.inc).</summary>
internal static class ImageActionEndpoints
{
    public static IEndpointRouteBuilder MapImageActionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v2/images/{imageId}/actions/deactivate", async (string imageId, ImageService images, HttpContext context) =>
        {
            await images.DeactivateAsync(imageId, context.RequestAborted);
            return Results.NoContent();
        });
        endpoints.MapPost("/v2/images/{imageId}/actions/reactivate", async (string imageId, ImageService images, HttpContext context) =>
        {
            await images.ReactivateAsync(imageId, context.RequestAborted);
            return Results.NoContent();
        });
        return endpoints;
    }
}
