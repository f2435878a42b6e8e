using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Common.Faults;
using SharpStack.Hosting;
using SharpStack.Hosting.Versions;
using SharpStack.Image.Application.Images;

namespace SharpStack.Image.Api;

/// <summary><c>/v2/images</c> and <c>/v2/images/{image_id}</c> (api-ref/source/v2/images-images-v2.inc).</summary>
internal static class ImageEndpoints
{
    public static IEndpointRouteBuilder MapImageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v2/images", CreateAsync);
        endpoints.MapGet("/v2/images", ListAsync);
        endpoints.MapMethods("/v2/images", ["DELETE", "PATCH", "PUT"], RejectOnCollection);
        endpoints.MapGet("/v2/images/{imageId}", async (string imageId, ImageLookup lookup, HttpContext context) =>
            Results.Json(ImageView.Render(await lookup.GetVisibleAsync(imageId, context.RequestAborted))));
        endpoints.MapMethods("/v2/images/{imageId}", ["PATCH"], UpdateAsync);
        endpoints.MapDelete("/v2/images/{imageId}", async (string imageId, ImageService images, HttpContext context) =>
        {
            await images.DeleteAsync(imageId, context.RequestAborted);
            return Results.NoContent();
        });
        return endpoints;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, ImageService images, IImageBackendInfo backends)
    {
        var request = NewImageParser.Parse(await ImageRequestBody.ReadAsync(context.Request, context.RequestAborted));
        var image = await images.CreateAsync(request, context.RequestAborted);
        var headers = context.Response.Headers;
        headers.Location = context.GetPublicLocation("v2", "images", image.Id);
        if (backends.ImportMethods.Count > 0)
        {
            headers["OpenStack-image-import-methods"] = string.Join(',', backends.ImportMethods);
        }

        if (backends.StoreIds.Count > 0)
        {
            headers["OpenStack-image-store-ids"] = string.Join(',', backends.StoreIds);
        }

        return Results.Json(ImageView.Render(image), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ListAsync(HttpContext context, ImageListService images)
    {
        RejectEmptyImageId(context);
        var page = await images.ListAsync(ImageListQueryParser.Parse(context.Request.Query), context.RequestAborted);
        var body = new JsonObject
        {
            ["images"] = new JsonArray([.. page.Images.Select(ImageView.Render)]),
            ["first"] = ImageListLinks.First(context.Request.Query),
            ["schema"] = "/v2/schemas/images",
        };
        if (page.NextMarker is not null)
        {
            body["next"] = ImageListLinks.Next(context.Request.Query, page.NextMarker);
        }

        return Results.Json(body);
    }

    /// <summary>Glance answers 405 with <c>Allow: GET, POST</c> on the collection.</summary>
    private static IResult RejectOnCollection(HttpContext context)
    {
        RejectEmptyImageId(context);
        var notAllowed = new MethodNotAllowedException("The method is not allowed for this resource.");
        notAllowed.Headers["Allow"] = "GET, POST";
        throw notAllowed;
    }

    /// <summary><c>/v2/images/</c> names an image with an empty id, which Glance does not find (tempest test_get_image_null_id).</summary>
    private static void RejectEmptyImageId(HttpContext context)
    {
        if (context.Request.Path.Value?.EndsWith('/') == true)
        {
            throw new NotFoundException("The resource could not be found.");
        }
    }

    private static async Task<IResult> UpdateAsync(string imageId, HttpContext context, ImageUpdater updater)
    {
        var mediaType = context.Request.ContentType?.Split(';', 2)[0].Trim();
        if (ImagePatchParser.DraftVersion(mediaType) is not { } draft)
        {
            var unsupported = new UnsupportedMediaTypeException($"Image PATCH expects Content-Type one of: {ImagePatchParser.AcceptedMediaTypes}");
            unsupported.Headers["Accept-Patch"] = ImagePatchParser.AcceptedMediaTypes;
            throw unsupported;
        }

        var changes = ImagePatchParser.Parse(await ImageRequestBody.ReadAsync(context.Request, context.RequestAborted), draft);
        return Results.Json(ImageView.Render(await updater.UpdateAsync(imageId, changes, context.RequestAborted)));
    }
}
