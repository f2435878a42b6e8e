using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SharpStack.Common.Json;

/// <summary>Finds the .NET type a JSON path binds to and names it as JSON Schema would.</summary>
internal static class JsonSchemaTypes
{
    public static JsonTypeInfo? TypeAt(JsonSerializerOptions options, Type root, IEnumerable<object> segments)
    {
        var info = options.GetTypeInfo(root);
        foreach (var segment in segments)
        {
            Type? next = info.Kind switch
            {
                JsonTypeInfoKind.Object when segment is string name =>
                    info.Properties.FirstOrDefault(property => property.Name == name)?.PropertyType,
                JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary => info.ElementType,
                _ => null,
            };
            if (next is null)
            {
                return null;
            }

            info = options.GetTypeInfo(next);
        }

        return info;
    }

    public static string Name(JsonTypeInfo info)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => "array",
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "object",
            _ when type == typeof(bool) => "boolean",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
                || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte) => "integer",
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "number",
            _ when type == typeof(JsonElement) => "any",
            _ => "string",
        };
    }
}
