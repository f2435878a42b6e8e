using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Image.Application.Images;
using SharpStack.Image.Application.Import;
using SharpStack.Image.Application.Policies;

namespace SharpStack.Image.Api;

/// <summary><c>PUT /v2/images/{id}/stage</c>: data for a later glance-direct import (api-ref images-import.inc, stage).</summary>
internal static class StageEndpoints
{
    public static IEndpointRouteBuilder MapStageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut("/v2/images/{imageId}/stage", async (HttpContext context, string imageId, ImageLookup images, ImagePolicy policy, ImageStageService staging) =>
        {
            staging.EnsureGlanceDirectEnabled();
            ImageDataEndpoints.RequireOctetStream(context.Request);
            var image = await images.GetVisibleAsync(imageId, context.RequestAborted);
            policy.Enforce(ImagePolicyRules.ModifyImage, image);
            await staging.StageAsync(image, context.Request.Body, context.Request.ContentLength, context.RequestAborted);
            return Results.NoContent();
        }).WithBodyLimit(null);

        return endpoints;
    }
}
