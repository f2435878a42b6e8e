using System.Text;

namespace SharpStack.Common.Policy.Checks;

/// <summary>
/// The right side of a check, rendered as Python's <c>match % target</c>: each <c>%(key)s</c> is
/// replaced by the target value (a dotted key walks nested values), <c>%%</c> is a percent sign.
/// </summary>
internal sealed class MatchTemplate
{
    private readonly TemplatePart[] _parts;

    private MatchTemplate(TemplatePart[] parts) => _parts = parts;

    public static MatchTemplate? Parse(string match)
    {
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < match.Length)
        {
            var c = match[i];
            if (c != '%')
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (i + 1 < match.Length && match[i + 1] == '%')
            {
                literal.Append('%');
                i += 2;
                continue;
            }

            var close = match.IndexOf(')', i);
            if (i + 1 >= match.Length || match[i + 1] != '(' || close < 0 || close + 1 >= match.Length || match[close + 1] != 's')
            {
                return null;
            }

            if (literal.Length > 0)
            {
                parts.Add(TemplatePart.Literal(literal.ToString()));
                literal.Clear();
            }

            parts.Add(TemplatePart.Key(match[(i + 2)..close]));
            i = close + 2;
        }

        if (literal.Length > 0 || parts.Count == 0)
        {
            parts.Add(TemplatePart.Literal(literal.ToString()));
        }

        return new MatchTemplate([.. parts]);
    }

    public bool TryRender(IReadOnlyDictionary<string, object?> target, out string rendered)
    {
        if (_parts.Length == 1)
        {
            return _parts[0].TryRender(target, out rendered);
        }

        var builder = new StringBuilder();
        foreach (var part in _parts)
        {
            if (!part.TryRender(target, out var text))
            {
                rendered = string.Empty;
                return false;
            }

            builder.Append(text);
        }

        rendered = builder.ToString();
        return true;
    }
}
