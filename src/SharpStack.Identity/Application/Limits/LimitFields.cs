using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SharpStack.Identity.Application.Limits;

/// <summary>The members of registered limits and limits as keystone/limit/schema.py types them.</summary>
internal static partial class LimitFields
{
    /// <summary>The largest value a signed 32-bit column holds; -1 means unlimited.</summary>
    public const long Maximum = int.MaxValue;
    public const long Minimum = -1;

    public static string? ServiceId(JsonObject body) => RequestSchema.String(body, "service_id");

    public static string? RegionId(JsonObject body) => RequestSchema.String(body, "region_id", nullable: true, minLength: 1, maxLength: 255);

    public static string? ResourceName(JsonObject body) => RequestSchema.Name(body, "resource_name");

    public static string? Description(JsonObject body) => RequestSchema.String(body, "description", nullable: true, maxLength: 255);

    public static int? Value(JsonObject body, string field) => RequestSchema.Integer(body, field, Minimum, Maximum);

    /// <summary>A project or domain id: 1 to 64 letters, digits and dashes, or null.</summary>
    public static string? ScopeId(JsonObject body, string field)
    {
        var value = RequestSchema.String(body, field, nullable: true, minLength: 1, maxLength: 64);
        return value is null || IdPattern().IsMatch(value)
            ? value
            : throw RequestSchema.Invalid(field, body[field], $"{RequestSchema.Repr(body[field])} does not match '^[a-zA-Z0-9-]+$'");
    }

    [GeneratedRegex("^[a-zA-Z0-9-]+$")]
    private static partial Regex IdPattern();
}
