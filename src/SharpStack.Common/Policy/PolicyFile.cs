using SharpStack.Common.Policy.Files;

namespace SharpStack.Common.Policy;

/// <summary>Reads an operator's policy file: a YAML or JSON mapping of rule name to check string.</summary>
public static class PolicyFile
{
    /// <summary>Parses policy.yaml or policy.json text; throws <see cref="PolicyFileFormatException"/> if it is neither.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var body = content.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return body.StartsWith('{') ? JsonPolicyFileReader.Read(body) : YamlPolicyFileReader.Read(content);
    }

    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var content = await File.ReadAllTextAsync(path, cancellationToken);
        return Parse(content);
    }
}
