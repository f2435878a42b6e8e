using System.Text.Json.Nodes;

namespace SharpStack.Identity.Application.Limits;

/// <summary>Reads the members of a limit or registered limit body that keystone/limit/schema.py has already typed.</summary>
internal static class LimitFields
{
    public static string? String(JsonObject body, string field) => body[field]?.GetValue<string>();

    /// <summary>An integer of the schema's range; jsonschema also takes 5.0 as an integer.</summary>
    public static int? Integer(JsonObject body, string field) => body[field] is { } node ? (int)node.GetValue<double>() : null;
}
