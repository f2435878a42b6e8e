using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application;

/// <summary>Keystone's resource option <c>immutable</c> of projects, domains and roles (keystone/common/resource_options/options/immutable.py).</summary>
internal static class ImmutableOption
{
    public const string Name = "immutable";

    public static bool IsSet(JsonObject options) => options[Name]?.GetValueKind() == JsonValueKind.True;

    /// <summary>
    /// check_immutable_update: an immutable resource takes only an update whose one member is <c>options</c> turning
    /// immutable off (false or null).
    /// </summary>
    public static void AssertUpdatable(JsonObject stored, int requestMembers, Optional<JsonObject> requested, string type, string id)
    {
        if (!IsSet(stored))
        {
            return;
        }

        var unlocks = requestMembers == 1 && requested.IsSet && requested.Value.TryGetPropertyValue(Name, out var value)
            && value?.GetValueKind() is null or JsonValueKind.False or JsonValueKind.Null;
        if (!unlocks)
        {
            throw new ForbiddenException($"Unable to update immutable {type} resource: `{id}. Set resource option \"immutable\" to false first.");
        }
    }

    public static void AssertDeletable(JsonObject stored, string type, string id)
    {
        if (IsSet(stored))
        {
            throw new ForbiddenException($"Unable to delete immutable {type} resource: `{id}. Set resource option \"immutable\" to false first.");
        }
    }

    /// <summary>The stored options with the requested ones applied; a null value removes its option, as in Keystone.</summary>
    public static JsonObject Merge(JsonObject stored, Optional<JsonObject> requested)
    {
        var merged = (JsonObject)stored.DeepClone();
        if (!requested.IsSet)
        {
            return merged;
        }

        foreach (var (key, value) in requested.Value)
        {
            if (value is null)
            {
                merged.Remove(key);
            }
            else
            {
                merged[key] = value.DeepClone();
            }
        }

        return merged;
    }
}
