using System.Collections;
using System.Globalization;

namespace SharpStack.Common.Policy.Checks;

/// <summary>
/// kind:match — compares the credential attribute named by kind (dotted for nested values) with the
/// rendered match; when kind is a Python literal (True, 'Member', 1) the literal is compared instead.
/// </summary>
internal sealed class GenericCheck : PolicyCheck
{
    private readonly string _kind;
    private readonly string _match;
    private readonly MatchTemplate _template;
    private readonly string? _literal;
    private readonly string[] _path;

    public GenericCheck(string kind, string match, MatchTemplate template)
    {
        _kind = kind;
        _match = match;
        _template = template;
        _literal = ParseLiteral(kind);
        _path = kind.Split('.');
    }

    public override bool Evaluate(in PolicyEvaluation evaluation)
    {
        if (!_template.TryRender(evaluation.Target, out var match))
        {
            return false;
        }

        if (_literal is not null)
        {
            return string.Equals(match, _literal, StringComparison.Ordinal);
        }

        return evaluation.Credentials.TryGetAttribute(_path[0], out var value) && Find(value, 1, match);
    }

    public override string ToString() => $"{_kind}:{_match}";

    private bool Find(object? value, int segment, string match)
    {
        if (value is IList list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (FindBelow(list[i], segment, match))
                {
                    return true;
                }
            }

            return false;
        }

        if (PolicyValues.IsList(value))
        {
            foreach (var item in PolicyValues.Items(value!))
            {
                if (FindBelow(item, segment, match))
                {
                    return true;
                }
            }

            return false;
        }

        return FindBelow(value, segment, match);
    }

    private bool FindBelow(object? value, int segment, string match)
    {
        if (segment == _path.Length)
        {
            return string.Equals(match, PolicyValues.ToPythonString(value), StringComparison.Ordinal);
        }

        return PolicyValues.TryGetMember(value, _path[segment], out var child) && Find(child, segment + 1, match);
    }

    // The subset of Python's ast.literal_eval that fits in a check's kind.
    private static string? ParseLiteral(string kind)
    {
        if (kind is "True" or "False" or "None")
        {
            return kind;
        }

        if (kind.Length >= 2 && (kind[0] is '\'' or '"') && kind[^1] == kind[0])
        {
            return kind[1..^1];
        }

        if (kind.Length > 0 && kind.TrimStart('-', '+').All(char.IsAsciiDigit)
            && long.TryParse(kind, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        return null;
    }
}
