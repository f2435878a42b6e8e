using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Image.Application.Images;
using SharpStack.Image.Application.Import;
using SharpStack.Image.Application.Policies;

namespace SharpStack.Image.Api;

/// <summary><c>POST /v2/images/{id}/import</c>: starts an interoperable import and answers 202 (api-ref images-import.inc).</summary>
internal static class ImportEndpoints
{
    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v2/images/{imageId}/import", async (HttpContext context, string imageId, ImageLookup images, ImagePolicy policy, ImageImportService imports) =>
        {
            var body = await context.Request.ReadJsonBodyAsync<JsonObject?>(context.RequestAborted);
            var image = await images.GetVisibleAsync(imageId, context.RequestAborted);
            await imports.ImportAsync(
                image, body, ImageDataEndpoints.StoreHeader(context.Request), policy, context.GetRequestContext().RequestId, context.RequestAborted);
            return Results.StatusCode(StatusCodes.Status202Accepted);
        });

        return endpoints;
    }
}
