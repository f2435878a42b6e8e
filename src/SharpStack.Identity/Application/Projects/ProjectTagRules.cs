using System.Text.Json.Nodes;
using SharpStack.Common.Faults;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Application.Projects;

/// <summary>
/// The API-WG tag rules Keystone's schema enforces: at most 80 unique tags of 1 to 255 characters without '/' or ','; and, beyond
/// Keystone, no control characters (CR LF in a tag would split the headers and log lines that carry it).
/// </summary>
internal static class ProjectTagRules
{
    public const int MaxTags = 80;
    private const string Pattern = "^[^,/]*$";

    /// <summary>The tags of a body, which Keystone's schema has checked, refused if one carries a control character.</summary>
    public static IReadOnlyList<string> RefuseControlCharacters(JsonArray tags, string field)
    {
        var values = tags.Select(tag => tag!.GetValue<string>()).ToList();
        var bad = values.FindIndex(tag => tag.Any(char.IsControl));
        return bad < 0 ? values : throw SchemaErrors.Invalid($"{field}/{bad}", tags[bad], "contains a control character");
    }

    /// <summary>Checks one tag given in a URL, as Keystone validates it against the single-tag schema.</summary>
    public static string ValidateOne(string tag)
    {
        var problem = Problem(tag);
        return problem is null ? tag : throw new BadRequestException($"{SchemaErrors.Repr(tag)} {problem}");
    }

    private static string? Problem(string tag) =>
        tag.Length > ProjectTag.NameMaxLength ? "is too long"
        : tag.Length == 0 ? "is too short"
        : tag.Contains('/', StringComparison.Ordinal) || tag.Contains(',', StringComparison.Ordinal) ? $"does not match '{Pattern}'"
        : tag.Any(char.IsControl) ? "contains a control character"
        : null;
}
