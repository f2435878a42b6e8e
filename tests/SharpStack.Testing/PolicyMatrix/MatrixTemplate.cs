using System.Text.RegularExpressions;

namespace SharpStack.Testing.PolicyMatrix;

/// <summary>Fills <c>{name}</c> placeholders of a path or body; JSON's own braces never match (they hold quotes or nothing).</summary>
public static partial class MatrixTemplate
{
    public static string Expand(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        return Placeholder().Replace(template, match =>
            values.TryGetValue(match.Groups[1].Value, out var value)
                ? value
                : throw new KeyNotFoundException($"No value for {match.Value} in '{template}' (known: {string.Join(", ", values.Keys.Order())})."));
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9_.]*)\}")]
    private static partial Regex Placeholder();
}
