using System.Buffers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using SharpStack.Common.Faults;
using SharpStack.Hosting;
using SharpStack.Image.Application.Data;
using SharpStack.Image.Application.Images;
using SharpStack.Image.Application.Policies;

namespace SharpStack.Image.Api;

/// <summary><c>/v2/images/{id}/file</c>: upload and download of image data (api-ref images-data.inc).</summary>
internal static class ImageDataEndpoints
{
    public const string OctetStream = "application/octet-stream";

    public static IEndpointRouteBuilder MapImageDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut("/v2/images/{imageId}/file", async (HttpContext context, string imageId, ImageLookup images, ImagePolicy policy, ImageUploadService uploads) =>
        {
            RequireOctetStream(context.Request);
            var image = await images.GetVisibleAsync(imageId, context.RequestAborted);
            policy.Enforce(ImagePolicyRules.UploadImage, image);

            await uploads.UploadAsync(image, context.Request.Body, context.Request.ContentLength, StoreHeader(context.Request), context.RequestAborted);
            return Results.NoContent();
        }).WithBodyLimit(null);

        endpoints.MapGet("/v2/images/{imageId}/file", async (HttpContext context, string imageId, ImageLookup images, ImagePolicy policy, ImageDownloadService downloads) =>
        {
            var image = await images.GetVisibleAsync(imageId, context.RequestAborted);
            var range = ByteRange.Parse(context.Request.Headers.Range);
            var data = downloads.Open(image, policy, range);
            if (data is null)
            {
                return Results.NoContent();
            }

            await using (data)
            {
                await WriteAsync(context.Response, data, partial: range is not null, context.RequestAborted);
            }

            return Results.Empty;
        });

        return endpoints;
    }

    /// <summary>Glance's check: the body must be declared <c>application/octet-stream</c>, else 415.</summary>
    public static void RequireOctetStream(HttpRequest request)
    {
        var declared = request.ContentType;
        if (declared is null || !MediaTypeHeaderValue.TryParse(declared, out var media) || !media.MediaType.Equals(OctetStream, StringComparison.OrdinalIgnoreCase))
        {
            throw new UnsupportedMediaTypeException($"Invalid content type {declared ?? "None"}");
        }
    }

    public static string? StoreHeader(HttpRequest request) =>
        request.Headers.TryGetValue("X-Image-Meta-Store", out var store) ? store.ToString() : null;

    private static async Task WriteAsync(HttpResponse response, ImageData data, bool partial, CancellationToken ct)
    {
        response.StatusCode = partial ? StatusCodes.Status206PartialContent : StatusCodes.Status200OK;
        response.ContentType = OctetStream;
        response.ContentLength = data.Length;
        if (data.Checksum is not null)
        {
            // Glance sends the hex MD5 of the whole image here, not base64 as RFC 1864 has it.
            response.Headers["Content-MD5"] = data.Checksum;
        }

        if (partial)
        {
            response.Headers.ContentRange = $"bytes {data.Offset}-{data.Offset + data.Length - 1}/{data.TotalSize}";
        }

        var buffer = ArrayPool<byte>.Shared.Rent(ImageDataCopier.ChunkSize);
        try
        {
            var remaining = data.Length;
            while (remaining > 0)
            {
                var read = await data.Stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), ct);
                if (read == 0)
                {
                    break;
                }

                await response.Body.WriteAsync(buffer.AsMemory(0, read), ct);
                remaining -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
