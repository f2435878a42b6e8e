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
    /// <exception cref="BadRequestException">The body is not JSON or does not fit <typeparamref name="T"/>.</exception>
    /// <exception cref="UnsupportedMediaTypeException">The body is declared as something other than JSON.</exception>
    public static async Task<T> ReadJsonBodyAsync<T>(this HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var contentType = request.ContentType;
        if (!string.IsNullOrEmpty(contentType) && !IsJson(contentType))
        {
            throw new UnsupportedMediaTypeException($"Invalid content type {contentType}.");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return JsonBodyReader.Read<T>(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), options);
    }

    // Clients send application/json or vendor +json types; eventlet-era clients sometimes send text/plain.
    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase);
    }
}
