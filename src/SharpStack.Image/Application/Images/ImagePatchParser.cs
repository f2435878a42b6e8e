using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Schemas;

namespace SharpStack.Image.Application.Images;

/// <summary>Reads a PATCH /v2/images/{id} body as Glance's RequestDeserializer.update does.</summary>
internal static partial class ImagePatchParser
{
    public const string MediaTypeV20 = "application/openstack-images-v2.0-json-patch";
    public const string MediaTypeV21 = "application/openstack-images-v2.1-json-patch";
    public const string AcceptedMediaTypes = MediaTypeV20 + ", " + MediaTypeV21;

    private static readonly string[] Operations = ["add", "remove", "replace"];

    /// <summary>The JSON-schema draft a patch media type implies, or null when Glance does not accept it.</summary>
    public static int? DraftVersion(string? mediaType) => mediaType switch
    {
        MediaTypeV20 => 4,
        MediaTypeV21 => 10,
        _ => null,
    };

    /// <exception cref="BadRequestException">The body is not a list of valid operations.</exception>
    /// <exception cref="ForbiddenException">An operation targets a read-only or reserved attribute.</exception>
    public static IReadOnlyList<ImagePatchOperation> Parse(JsonNode? body, int draftVersion)
    {
        if (body is not JsonArray changes)
        {
            throw new BadRequestException("Request body must be a JSON array of operation objects.");
        }

        var parsed = new List<ImagePatchOperation>();
        foreach (var raw in changes)
        {
            if (raw is not JsonObject change)
            {
                throw new BadRequestException("Operations must be JSON objects.");
            }

            var (op, pointer) = draftVersion == 10 ? Draft10(change) : Draft4(change);
            var path = Decode(pointer);
            ValidateDepth(op, path);
            JsonNode? value = null;
            if (op != "remove")
            {
                if (!change.TryGetPropertyValue("value", out value))
                {
                    throw new BadRequestException($"Operation \"{op}\" requires a member named \"value\".");
                }
            }

            var operation = new ImagePatchOperation(op, path, value?.DeepClone(), draftVersion);
            Validate(operation);
            parsed.Add(operation);
        }

        return parsed;
    }

    private static (string Op, string Pointer) Draft10(JsonObject change)
    {
        if (change["op"] is not JsonValue opValue || !opValue.TryGetValue<string>(out var op))
        {
            throw new BadRequestException(
                $"Unable to find `op` in JSON Schema change. It must be one of the following: {string.Join(", ", Operations)}.");
        }

        if (!Operations.Contains(op))
        {
            throw new BadRequestException($"Invalid operation: `{op}`. It must be one of the following: {string.Join(", ", Operations)}.");
        }

        if (change["path"] is not JsonValue pathValue || !pathValue.TryGetValue<string>(out var path))
        {
            throw new BadRequestException("Unable to find 'path' in JSON Schema change");
        }

        return (op, path);
    }

    private static (string Op, string Pointer) Draft4(JsonObject change)
    {
        var present = Operations.Where(change.ContainsKey).ToList();
        if (present.Count > 1)
        {
            throw new BadRequestException("Operation objects must contain only one member named \"add\", \"remove\", or \"replace\".");
        }

        if (present.Count == 0)
        {
            throw new BadRequestException("Operation objects must contain exactly one member named \"add\", \"remove\", or \"replace\".");
        }

        var op = present[0];
        return change[op] is JsonValue pointer && pointer.TryGetValue<string>(out var path)
            ? (op, path)
            : throw new BadRequestException($"Pointer `{change[op]?.ToJsonString()}` does not start with \"/\".");
    }

    private static List<string> Decode(string pointer)
    {
        if (!pointer.StartsWith('/'))
        {
            throw new BadRequestException($"Pointer `{pointer}` does not start with \"/\".");
        }

        if (AdjacentSlashes().IsMatch(pointer[1..]))
        {
            throw new BadRequestException($"Pointer `{pointer}` contains adjacent \"/\".");
        }

        if (pointer.Length > 1 && pointer.EndsWith('/'))
        {
            throw new BadRequestException($"Pointer `{pointer}` end with \"/\".");
        }

        if (pointer[1..].Trim() == "/")
        {
            throw new BadRequestException($"Pointer `{pointer}` does not contains valid token.");
        }

        if (BadEscape().IsMatch(pointer) || pointer.EndsWith('~'))
        {
            throw new BadRequestException($"Pointer `{pointer}` contains \"~\" not part of a recognized escape sequence.");
        }

        return [.. pointer.TrimStart('/').Split('/').Select(part => part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal).Trim())];
    }

    private static void ValidateDepth(string op, List<string> path)
    {
        var depth = path[0] == "locations" ? (op == "replace" ? 1 : 2) : 1;
        if (path.Count != depth)
        {
            throw new BadRequestException($"Invalid JSON pointer for this resource: '/{string.Join('/', path)}'");
        }
    }

    private static void Validate(ImagePatchOperation change)
    {
        var root = change.Root;
        if (ImageAttributes.ReadOnly.Contains(root))
        {
            throw ImageErrors.ReadOnly(root);
        }

        if (ImageAttributes.IsReservedName(root))
        {
            throw ImageErrors.Reserved(root);
        }

        if (change.Op == "remove")
        {
            return;
        }

        var partial = change.Path.Count == 1
            ? new JsonObject { [root] = change.Value?.DeepClone() }
            : root == "locations" ? new JsonObject { [root] = new JsonArray(change.Value?.DeepClone()) } : null;
        if (partial is not null)
        {
            ImageRequestSchemas.ValidateImage(partial);
        }
    }

    [GeneratedRegex(@"/\s*?/")]
    private static partial Regex AdjacentSlashes();

    [GeneratedRegex("~[^01]")]
    private static partial Regex BadEscape();
}
