using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Common.Json;

namespace SharpStack.Identity.Api;

/// <summary>
/// The request body schemas of Identity's routes, transcribed from Keystone's <c>keystone/*/schema.py</c> into the embedded
/// <c>Api/Schemas/*.json</c> documents, each read once.
/// </summary>
internal static class IdentitySchemas
{
    private static readonly ConcurrentDictionary<(string Name, SchemaFaultStyle Style), RequestBodySchema> Loaded = new();

    /// <summary>A whole-body schema, as keystone.api.validation's <c>request_body_schema</c> checks it; attach it with <c>WithBodySchema</c>.</summary>
    public static RequestBodySchema Get(string name) => Load(name, SchemaFaultStyle.Keystone);

    /// <summary>
    /// A schema keystone.common.validation's <c>lazy_validate</c> checks one member of the body against, answered in that
    /// validator's "Invalid input for field 'a/b'" words.
    /// </summary>
    public static RequestBodySchema Member(string name) => Load(name, SchemaFaultStyle.KeystoneMember);

    /// <summary>
    /// keystone.common.validation's <c>lazy_validate</c> of one member of the body (<c>request_body_json.get(member, {})</c>):
    /// checks it against schema <paramref name="name"/> in that validator's words and returns it.
    /// </summary>
    /// <exception cref="SharpStack.Common.Faults.BadRequestException">The member does not match the schema.</exception>
    public static JsonNode? ValidateMember(JsonObject body, string member, string name)
    {
        var value = body.TryGetPropertyValue(member, out var node) ? node : new JsonObject();
        using var document = JsonDocument.Parse(value?.ToJsonString() ?? "null");
        Member(name).Validate(document.RootElement);
        return value;
    }

    private static RequestBodySchema Load(string name, SchemaFaultStyle style) => Loaded.GetOrAdd((name, style), static key =>
        RequestBodySchema.FromResource(typeof(IdentitySchemas).Assembly, $"Schemas/{key.Name}.json", key.Style));
}
