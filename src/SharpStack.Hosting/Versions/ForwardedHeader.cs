using System.Text;

namespace SharpStack.Hosting.Versions;

/// <summary>
/// Reads RFC 7239's <c>Forwarded</c> header: the whole value must be well-formed, and the <c>proto</c> and <c>host</c>
/// of its first element (the proxy nearest the client) are returned.
/// </summary>
internal static class ForwardedHeader
{
    public static bool TryParse(string value, out string? proto, out string? host)
    {
        proto = null;
        host = null;
        var position = 0;
        var first = true;
        while (true)
        {
            if (!TryParseElement(value, ref position, first, ref proto, ref host))
            {
                return false;
            }

            if (position >= value.Length)
            {
                return true;
            }

            position++;
            first = false;
        }
    }

    private static bool TryParseElement(string value, ref int position, bool keep, ref string? proto, ref string? host)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            SkipWhitespace(value, ref position);
            if (position >= value.Length || value[position] == ',')
            {
                return true;
            }

            if (value[position] == ';')
            {
                position++;
                continue;
            }

            var name = ReadToken(value, ref position);
            if (name.Length == 0 || position >= value.Length || value[position] != '=' || !seen.Add(name))
            {
                return false;
            }

            position++;
            var pairValue = position < value.Length && value[position] == '"' ? ReadQuoted(value, ref position) : ReadToken(value, ref position);
            if (string.IsNullOrEmpty(pairValue))
            {
                return false;
            }

            if (keep && name.Equals("proto", StringComparison.OrdinalIgnoreCase))
            {
                proto = pairValue;
            }
            else if (keep && name.Equals("host", StringComparison.OrdinalIgnoreCase))
            {
                host = pairValue;
            }

            SkipWhitespace(value, ref position);
            if (position < value.Length && value[position] is not (';' or ','))
            {
                return false;
            }
        }
    }

    private static string ReadToken(string value, ref int position)
    {
        var start = position;
        while (position < value.Length && IsTokenChar(value[position]))
        {
            position++;
        }

        return value[start..position];
    }

    /// <summary>A quoted-string with its backslash escapes undone; null when it is not closed or holds a control character.</summary>
    private static string? ReadQuoted(string value, ref int position)
    {
        var text = new StringBuilder();
        position++;
        while (position < value.Length)
        {
            var c = value[position++];
            if (c == '"')
            {
                return text.ToString();
            }

            if (c == '\\' && position < value.Length)
            {
                c = value[position++];
            }

            if (char.IsControl(c) && c != '\t')
            {
                return null;
            }

            text.Append(c);
        }

        return null;
    }

    private static void SkipWhitespace(string value, ref int position)
    {
        while (position < value.Length && value[position] is ' ' or '\t')
        {
            position++;
        }
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal);
}
