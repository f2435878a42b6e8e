using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SharpStack.Common.Faults;

namespace SharpStack.Common.Json;

/// <summary>Deserializes a request body, turning every failure into a 400 that names the bad field.</summary>
public static class JsonBodyReader
{
    /// <exception cref="BadRequestException">The body is empty, not JSON, or does not fit <typeparamref name="T"/>.</exception>
    public static T Read<T>(ReadOnlyMemory<byte> body, JsonSerializerOptions options) => Read<T>(body, options, null);

    /// <summary>Parses the body, checks it against <paramref name="schema"/> when there is one, then binds it to <typeparamref name="T"/>.</summary>
    /// <exception cref="BadRequestException">The body is empty, not JSON, fails the schema or does not fit <typeparamref name="T"/>.</exception>
    public static T Read<T>(ReadOnlyMemory<byte> body, JsonSerializerOptions options, RequestBodySchema? schema)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var document = Parse(body);
        schema?.Validate(document.RootElement);
        return Bind<T>(document.RootElement, options);
    }

    /// <summary>Parses the body with every check of this reader, for routes that work on the JSON itself.</summary>
    /// <exception cref="BadRequestException">The body is empty, not JSON or fails the schema.</exception>
    public static JsonElement ReadElement(ReadOnlyMemory<byte> body, RequestBodySchema? schema = null)
    {
        using var document = Parse(body);
        schema?.Validate(document.RootElement);
        return document.RootElement.Clone();
    }

    /// <summary>Binds already-read JSON to <typeparamref name="T"/>, answering 400 naming the field that does not fit.</summary>
    /// <exception cref="BadRequestException">The JSON is null or does not fit <typeparamref name="T"/>.</exception>
    public static T Bind<T>(JsonElement element, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return element.Deserialize<T>(options)
                ?? throw new BadRequestException("Malformed request body: the body is null.");
        }
        catch (JsonException exception)
        {
            throw new BadRequestException(Explain(element, typeof(T), options, exception), exception);
        }
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            throw new BadRequestException("Malformed request body: the body is empty.");
        }

        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            throw new BadRequestException(
                $"Malformed request body: cannot understand JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}).",
                exception);
        }
    }

    private static string Explain(JsonElement root, Type type, JsonSerializerOptions options, JsonException exception)
    {
        var segments = JsonPath.Segments(exception.Path);
        var element = JsonPath.Find(root, segments);
        var target = JsonSchemaTypes.TypeAt(options, type, segments);
        var field = segments.OfType<string>().LastOrDefault() ?? "body";
        if (element is not { } value || target is null)
        {
            return $"Invalid input at {exception.Path ?? "$"}: {FirstSentence(exception.Message)}";
        }

        var missing = MissingRequired(value, target);
        if (missing is not null)
        {
            return $"Invalid input for field/attribute {field}. Value: {Display(value)}. '{missing}' is a required property";
        }

        var expected = JsonSchemaTypes.Name(target);
        return value.ValueKind == JsonValueKind.String && expected == "string"
            ? $"Invalid input for field/attribute {field}. Value: {Display(value)}. {Quoted(value)} is not a valid value"
            : $"Invalid input for field/attribute {field}. Value: {Display(value)}. {Quoted(value)} is not of type '{expected}'";
    }

    private static string? MissingRequired(JsonElement value, JsonTypeInfo target) =>
        target.Kind == JsonTypeInfoKind.Object && value.ValueKind == JsonValueKind.Object
            ? target.Properties.FirstOrDefault(property => property.IsRequired && !value.TryGetProperty(property.Name, out _))?.Name
            : null;

    private static string Display(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : value.GetRawText();

    private static string Quoted(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? $"'{value.GetString()}'" : value.GetRawText();

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
