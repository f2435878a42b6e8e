using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Image.Application.Images;

namespace SharpStack.Image.Api;

/// <summary><c>/v2/images/{image_id}/tags/{tag}</c> (api-ref/source/v2/images-tags.inc).</summary>
internal static class ImageTagEndpoints
{
    public static IEndpointRouteBuilder MapImageTagEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut("/v2/images/{imageId}/tags/{tag}", async (string imageId, string tag, ImageTagService tags, HttpContext context) =>
        {
            await tags.AddAsync(imageId, ImageTagPath.Tag(context, tag), context.RequestAborted);
            return Results.NoContent();
        });
        endpoints.MapDelete("/v2/images/{imageId}/tags/{tag}", async (string imageId, string tag, ImageTagService tags, HttpContext context) =>
        {
            await tags.RemoveAsync(imageId, ImageTagPath.Tag(context, tag), context.RequestAborted);
            return Results.NoContent();
        });
        return endpoints;
    }
}
