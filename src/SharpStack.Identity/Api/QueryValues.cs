using Microsoft.AspNetCore.Http;
using SharpStack.Common.Faults;

namespace SharpStack.Identity.Api;

/// <summary>Keystone's query filters: booleans as oslo's bool_from_string reads them, tag lists as comma-separated.</summary>
internal static class QueryValues
{
    public static string? String(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var value) ? value.ToString() : null;

    public static bool? Boolean(HttpRequest request, string name)
    {
        var value = String(request, name);
        if (value is null)
        {
            return null;
        }

        return value.Trim().ToLowerInvariant() switch
        {
            "" or "1" or "true" or "t" or "yes" or "y" or "on" => true,
            "0" or "false" or "f" or "no" or "n" or "off" => false,
            _ => throw new BadRequestException($"Invalid input for field '{name}': {value} is not of type 'boolean'"),
        };
    }

    public static IReadOnlyList<string>? List(HttpRequest request, string name) =>
        String(request, name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
