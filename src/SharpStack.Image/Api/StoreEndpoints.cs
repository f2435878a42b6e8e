using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Image.Application.Data;
using SharpStack.Image.Application.Images;
using SharpStack.Image.Application.Policies;

namespace SharpStack.Image.Api;

/// <summary><c>DELETE /v2/stores/{store_id}/{image_id}</c>: removes one store's copy of an image (api-ref images-import.inc).</summary>
internal static class StoreEndpoints
{
    public static IEndpointRouteBuilder MapStoreEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDelete("/v2/stores/{storeId}/{imageId}", async (HttpContext context, string storeId, string imageId, ImageLookup images, ImagePolicy policy, StoreCopyService copies) =>
        {
            copies.EnsureStoreEnabled(storeId);
            var image = await images.GetVisibleAsync(imageId, context.RequestAborted);
            policy.Enforce(ImagePolicyRules.GetImageLocation, image);
            policy.Enforce(ImagePolicyRules.DeleteImageLocation, image);
            await copies.DeleteAsync(image, storeId, context.RequestAborted);
            return Results.NoContent();
        });

        return endpoints;
    }
}
