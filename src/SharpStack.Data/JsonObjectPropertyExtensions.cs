using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SharpStack.Data;

/// <summary>Maps a <see cref="JsonObject"/> property to a JSON text column on every provider.</summary>
public static class JsonObjectPropertyExtensions
{
    private static readonly ValueConverter<JsonObject, string> Converter = new(
        value => Serialize(value),
        text => Deserialize(text));

    private static readonly ValueComparer<JsonObject> Comparer = new(
        (left, right) => JsonNode.DeepEquals(left, right),
        value => Serialize(value).GetHashCode(StringComparison.Ordinal),
        value => Deserialize(Serialize(value)));

    /// <summary>Stores the object as JSON text (Keystone's JsonBlob) and tracks changes by content.</summary>
    public static PropertyBuilder<JsonObject> HasJsonTextConversion(this PropertyBuilder<JsonObject> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        property.HasConversion(Converter, Comparer).HasColumnType("text").IsRequired();
        return property;
    }

    private static string Serialize(JsonObject value) => value.ToJsonString();

    private static JsonObject Deserialize(string text) =>
        string.IsNullOrEmpty(text) ? [] : JsonNode.Parse(text)?.AsObject() ?? [];
}
