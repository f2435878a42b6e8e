using System.Globalization;
using System.Text;

namespace SharpStack.Common.Policy.Files;

/// <summary>
/// Reads the YAML that policy files use: one flat mapping of plain, single- or double-quoted
/// scalars, with comments. Anything richer (lists, nested mappings, anchors, block scalars) is refused.
/// </summary>
internal sealed class YamlPolicyFileReader
{
    private static readonly string[] NonStringScalars =
        ["true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"];

    private readonly string[] _lines;
    private int _line;
    private int _indent = -1;

    private YamlPolicyFileReader(string content) =>
        _lines = content.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');

    public static Dictionary<string, string> Read(string content) => new YamlPolicyFileReader(content).ReadMapping();

    private Dictionary<string, string> ReadMapping()
    {
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        for (; _line < _lines.Length; _line++)
        {
            var text = _lines[_line];
            var trimmed = text.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed is "---" or "..." || (trimmed is "{}" && rules.Count == 0))
            {
                continue;
            }

            var column = text.Length - text.TrimStart(' ').Length;
            if (text[column] == '\t')
            {
                throw Error("tabs cannot indent YAML");
            }

            if (_indent < 0)
            {
                _indent = column;
            }
            else if (column != _indent)
            {
                throw Error("a rule must start at the indentation of the first rule");
            }

            var position = column;
            var key = ReadKey(text, ref position);
            rules[key] = ReadValue(text, position);
        }

        return rules;
    }

    private string ReadKey(string text, ref int position)
    {
        string key;
        if (text[position] is '"' or '\'')
        {
            key = ReadQuoted(ref text, ref position);
            position = SkipSpaces(text, position);
        }
        else
        {
            var colon = position;
            while (colon < text.Length && !(text[colon] == ':' && (colon + 1 == text.Length || text[colon + 1] == ' ')))
            {
                colon++;
            }

            key = text[position..colon].TrimEnd();
            position = colon;
            RefuseIndicator(key);
        }

        if (position >= text.Length || text[position] != ':' || (position + 1 < text.Length && text[position + 1] != ' '))
        {
            throw Error("expected \"rule name\": \"check string\"");
        }

        return key;
    }

    private string ReadValue(string text, int position)
    {
        position = SkipSpaces(text, position + 1);
        if (position < text.Length && text[position] is '"' or '\'')
        {
            var value = ReadQuoted(ref text, ref position);
            var rest = text[position..].TrimStart();
            if (rest.Length > 0 && rest[0] != '#')
            {
                throw Error($"unexpected text after the quoted value: {rest}");
            }

            return value;
        }

        var comment = text.IndexOf(" #", position, StringComparison.Ordinal);
        var plain = new StringBuilder(text[position..(comment < 0 ? text.Length : comment)].Trim());
        while (_line + 1 < _lines.Length && IsContinuation(_lines[_line + 1]))
        {
            _line++;
            plain.Append(plain.Length > 0 ? " " : string.Empty).Append(_lines[_line].Trim());
        }

        var scalar = plain.ToString();
        RefuseIndicator(scalar);
        if (scalar.Contains(": ", StringComparison.Ordinal) || scalar.EndsWith(':'))
        {
            throw Error("nested mappings are not supported; a rule's value must be a check string");
        }

        if (NonStringScalars.Contains(scalar) || double.TryParse(scalar, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw Error($"the value '{scalar}' is not a check string; quote it");
        }

        return scalar is "~" or "null" or "Null" or "NULL" ? string.Empty : scalar;
    }

    private bool IsContinuation(string line)
    {
        var trimmed = line.TrimStart(' ');
        return trimmed.Length > 0 && trimmed[0] != '#' && line.Length - trimmed.Length > _indent;
    }

    // Reads a quoted scalar that may run over several lines, folding each line break into a space.
    private string ReadQuoted(ref string text, ref int position)
    {
        var quote = text[position++];
        var value = new StringBuilder();
        while (true)
        {
            if (position >= text.Length)
            {
                if (++_line >= _lines.Length)
                {
                    throw Error("unterminated quoted string");
                }

                text = _lines[_line];
                position = SkipSpaces(text, 0);
                value.Append(' ');
                continue;
            }

            var c = text[position++];
            if (c == quote)
            {
                if (quote == '\'' && position < text.Length && text[position] == '\'')
                {
                    value.Append('\'');
                    position++;
                    continue;
                }

                return value.ToString();
            }

            if (c == '\\' && quote == '"')
            {
                position = ReadEscape(text, position, value);
                continue;
            }

            value.Append(c);
        }
    }

    private int ReadEscape(string text, int position, StringBuilder value)
    {
        if (position >= text.Length)
        {
            throw Error("a line ends inside an escape");
        }

        var c = text[position++];
        switch (c)
        {
            case '"' or '\\' or '/' or ' ':
                value.Append(c);
                return position;
            case 'n':
                value.Append('\n');
                return position;
            case 't':
                value.Append('\t');
                return position;
            case 'r':
                value.Append('\r');
                return position;
            case '0':
                value.Append('\0');
                return position;
            case 'x' or 'u' or 'U':
                var digits = c switch { 'x' => 2, 'u' => 4, _ => 8 };
                if (position + digits > text.Length
                    || !int.TryParse(text.AsSpan(position, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                {
                    throw Error($"bad \\{c} escape");
                }

                value.Append(char.ConvertFromUtf32(code));
                return position + digits;
            default:
                throw Error($"unsupported escape \\{c}");
        }
    }

    private void RefuseIndicator(string scalar)
    {
        if (scalar.Length > 0 && (scalar[0] is '[' or '{' or '!' or '&' or '*' or '|' or '>' or '@' or '`' or '%' or '?'
            || scalar.StartsWith("- ", StringComparison.Ordinal) || scalar == "-"))
        {
            throw Error($"'{scalar}' must be quoted (this reader takes only a flat mapping of strings)");
        }
    }

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }

        return position;
    }

    private PolicyFileFormatException Error(string problem) =>
        new($"Policy file line {_line + 1}: {problem}.");
}
