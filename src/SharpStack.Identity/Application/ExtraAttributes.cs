using System.Text.Json.Nodes;

namespace SharpStack.Identity.Application;

/// <summary>Keystone's extra attributes: members a client sent that the resource does not model, kept and returned.</summary>
internal static class ExtraAttributes
{
    /// <summary>An update's extra members replace the stored ones with the same name.</summary>
    public static JsonObject Merge(JsonObject stored, JsonObject update)
    {
        var merged = (JsonObject)stored.DeepClone();
        foreach (var (name, value) in update)
        {
            merged[name] = value?.DeepClone();
        }

        return merged;
    }
}
