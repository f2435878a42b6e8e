using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharpStack.Common.Json;

/// <summary>The serializer settings of every SharpStack API: snake_case names, strict types, case-sensitive keys, no duplicate keys.</summary>
public static class OpenStackJson
{
    public static JsonSerializerOptions CreateOptions() => Configure(new JsonSerializerOptions());

    /// <summary>Applies the API settings to options owned by someone else, e.g. ASP.NET Core's <c>JsonOptions</c>.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.PropertyNameCaseInsensitive = false;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.RespectNullableAnnotations = true;
        options.AllowDuplicateProperties = false;
        return options;
    }
}
