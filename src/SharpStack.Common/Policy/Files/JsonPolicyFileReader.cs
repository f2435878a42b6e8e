using System.Text.Json;

namespace SharpStack.Common.Policy.Files;

/// <summary>Reads policy.json: one object whose values are check strings.</summary>
internal static class JsonPolicyFileReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static Dictionary<string, string> Read(string content)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, Options);
        }
        catch (JsonException e)
        {
            throw new PolicyFileFormatException($"The policy file is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var rules = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                rules[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString()!,
                    JsonValueKind.Null => string.Empty,
                    _ => throw new PolicyFileFormatException(
                        $"The value of \"{property.Name}\" must be a check string, not {property.Value.ValueKind}."),
                };
            }

            return rules;
        }
    }
}
