using System.Text.Json.Nodes;

namespace SharpStack.Identity.Application.Users;

/// <summary>
/// Keystone's user options (keystone/identity/backends/resource_options.py), whose names and types the user schemas'
/// <c>options</c> check.
/// </summary>
internal static class UserOptions
{
    /// <summary>Applies an update: a null value removes the option.</summary>
    public static JsonObject Merge(JsonObject stored, JsonObject update)
    {
        var merged = (JsonObject)stored.DeepClone();
        foreach (var (name, value) in update)
        {
            if (value is null)
            {
                merged.Remove(name);
            }
            else
            {
                merged[name] = value.DeepClone();
            }
        }

        return merged;
    }
}
