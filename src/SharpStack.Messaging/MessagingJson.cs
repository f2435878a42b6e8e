using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharpStack.Messaging;

/// <summary>The serializer settings of everything on the bus: snake_case, as oslo.messaging peers expect.</summary>
public static class MessagingJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string MethodName<T>() => typeof(T).Name;

    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    public static T FromElement<T>(JsonElement element) =>
        element.Deserialize<T>(Options) ?? throw new JsonException($"Null payload for {typeof(T).Name}.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
