using System.Text.Json;
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

    public static IReadOnlyList<string> Validate(JsonNode? node, string field)
    {
        if (node is not JsonArray array)
        {
            throw SchemaErrors.Invalid(field, node, "is not of type 'array'");
        }

        if (array.Count > MaxTags)
        {
            throw SchemaErrors.Invalid(field, node, "is too long");
        }

        var tags = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            var item = array[i];
            if (item?.GetValueKind() != JsonValueKind.String)
            {
                throw SchemaErrors.Invalid($"{field}/{i}", item, "is not of type 'string'");
            }

            var problem = Problem(item.GetValue<string>());
            if (problem is not null)
            {
                throw SchemaErrors.Invalid($"{field}/{i}", item, problem);
            }

            tags.Add(item.GetValue<string>());
        }

        return tags.Distinct(StringComparer.Ordinal).Count() == tags.Count
            ? tags
            : throw SchemaErrors.Invalid(field, node, "has non-unique elements");
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
