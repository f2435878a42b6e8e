using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SharpStack.Common.Faults;
using SharpStack.Common.Json;
using SharpStack.Hosting.Bodies;

namespace SharpStack.Image.Api;

/// <summary>Reads a JSON request body through the shared reader's checks, with the 400 messages of Glance's JSONRequestDeserializer.</summary>
internal static class ImageRequestBody
{
    /// <exception cref="BadRequestException">No body, malformed JSON, or JSON that is neither an object nor a list.</exception>
    public static async Task<JsonNode?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            throw new BadRequestException("Body expected in request.");
        }

        var json = JsonBodyReader.ReadElement(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), request.BodySchema(), "Malformed JSON in request body.");
        JsonNode? body = json.ValueKind switch
        {
            JsonValueKind.Object => JsonObject.Create(json),
            JsonValueKind.Array => JsonArray.Create(json),
            _ => null,
        };

        return body is JsonObject or JsonArray ? body : throw new BadRequestException("Unexpected body type. Expected list/dict.");
    }

    /// <summary>The body's JSON object, or Glance's message for a body of another shape.</summary>
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, string expected, CancellationToken cancellationToken) =>
        await ReadAsync(request, cancellationToken) as JsonObject ?? throw new BadRequestException(expected);
}
