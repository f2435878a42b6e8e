using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SharpStack.Common.Faults;
using SharpStack.Common.Json;

namespace SharpStack.Hosting.Bodies;

/// <summary>Reads request bodies with the API's JSON settings and OpenStack's 400/413/415 answers.</summary>
public static class JsonBodyExtensions
{
    /// <summary>Reads the body, checks it against the endpoint's body schema, if any, and binds it to <typeparamref name="T"/>.</summary>
    /// <exception cref="BadRequestException">The body is not JSON, fails the schema or does not fit <typeparamref name="T"/>.</exception>
    /// <exception cref="UnsupportedMediaTypeException">The body is declared as something other than JSON.</exception>
    public static async Task<T> ReadJsonBodyAsync<T>(this HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await ReadBytesAsync(request, cancellationToken);
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return JsonBodyReader.Read<T>(body, options, Schema(request));
    }

    /// <summary>Reads the body as JSON (a detached copy) with the same checks, for routes that work on the JSON itself.</summary>
    /// <exception cref="BadRequestException">The body is not JSON or fails the schema.</exception>
    /// <exception cref="UnsupportedMediaTypeException">The body is declared as something other than JSON.</exception>
    public static async Task<JsonElement> ReadJsonBodyAsync(this HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await ReadBytesAsync(request, cancellationToken);
        return JsonBodyReader.ReadElement(body, Schema(request));
    }

    private static RequestBodySchema? Schema(HttpRequest request) =>
        request.HttpContext.GetEndpoint()?.Metadata.GetMetadata<BodySchemaMetadata>()?.Schema;

    private static async Task<ReadOnlyMemory<byte>> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var contentType = request.ContentType;
        if (!string.IsNullOrEmpty(contentType) && !IsJson(contentType))
        {
            throw new UnsupportedMediaTypeException($"Invalid content type {contentType}.");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    // Clients send application/json or vendor +json types; eventlet-era clients sometimes send text/plain.
    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("-json-patch", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase);
    }
}
