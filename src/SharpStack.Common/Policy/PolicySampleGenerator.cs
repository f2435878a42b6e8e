using System.Text;

namespace SharpStack.Common.Policy;

/// <summary>
/// Writes a sample policy.yaml from registered defaults in the layout of oslopolicy-sample-generator:
/// the description as comments, the operations, the intended scopes, then the commented-out rule.
/// </summary>
public static class PolicySampleGenerator
{
    private const int Width = 70;

    public static string Generate(IEnumerable<PolicyRuleDefault> defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var text = new StringBuilder();
        foreach (var rule in defaults)
        {
            AppendRule(text, rule);
        }

        return text.ToString();
    }

    private static void AppendRule(StringBuilder text, PolicyRuleDefault rule)
    {
        if (!string.IsNullOrEmpty(rule.Description))
        {
            AppendHelp(text, rule.Description);
        }

        foreach (var operation in rule.Operations)
        {
            text.Append("# ").Append(operation.Method).Append("  ").Append(operation.Path).Append('\n');
        }

        if (rule.ScopeTypes.Count > 0)
        {
            text.Append("# Intended scope(s): ").AppendJoin(", ", rule.ScopeTypes).Append('\n');
        }

        text.Append("#\"").Append(rule.Name).Append("\": \"").Append(rule.CheckString).Append("\"\n\n");
    }

    // Paragraphs are wrapped at 70 columns; indented lines are literal blocks, kept as they are.
    private static void AppendHelp(StringBuilder text, string description)
    {
        var paragraph = new List<string>();
        foreach (var line in description.Trim().ReplaceLineEndings("\n").Split('\n'))
        {
            var content = line.TrimEnd();
            if (content.Trim().Length == 0)
            {
                Wrap(text, paragraph);
                text.Append("#\n");
            }
            else if (char.IsWhiteSpace(content[0]))
            {
                // oslo.policy separates a literal block from the paragraph before it.
                if (paragraph.Count > 0)
                {
                    Wrap(text, paragraph);
                    text.Append("#\n");
                }

                text.Append("# ").Append(content).Append('\n');
            }
            else
            {
                paragraph.Add(content);
            }
        }

        Wrap(text, paragraph);
    }

    private static void Wrap(StringBuilder text, List<string> paragraph)
    {
        var words = string.Join(' ', paragraph).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        paragraph.Clear();
        var line = new StringBuilder("#");
        foreach (var word in words)
        {
            if (line.Length > 1 && line.Length + 1 + word.Length > Width)
            {
                text.Append(line).Append('\n');
                line.Clear().Append('#');
            }

            line.Append(' ').Append(word);
        }

        if (line.Length > 1)
        {
            text.Append(line).Append('\n');
        }
    }
}
