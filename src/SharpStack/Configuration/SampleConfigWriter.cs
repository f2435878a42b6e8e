using System.Text;

namespace SharpStack.Configuration;

/// <summary>Writes a commented sample configuration from the options classes, as oslo-config-generator does.</summary>
internal static class SampleConfigWriter
{
    public static string Write(IEnumerable<OptionsSection> sections)
    {
        var text = new StringBuilder();
        foreach (var group in sections.GroupBy(section => section.Name, StringComparer.OrdinalIgnoreCase))
        {
            text.Append('[').Append(group.Key).Append("]\n\n");
            foreach (var option in group.SelectMany(OptionDescriptors.Describe))
            {
                foreach (var line in Wrap(option.Description, 76))
                {
                    text.Append("# ").Append(line).Append('\n');
                }

                text.Append("# (").Append(option.TypeName).Append(")\n");
                text.Append('#').Append(option.Key).Append(" = ").Append(option.DefaultValue).Append("\n\n");
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
