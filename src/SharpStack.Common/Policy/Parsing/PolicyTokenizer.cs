using SharpStack.Common.Policy.Checks;

namespace SharpStack.Common.Policy.Parsing;

/// <summary>
/// Splits a check string on whitespace as oslo.policy does: parentheses only count at the start or
/// end of a word (so "%(project_id)s" stays whole), and/or/not are keywords in any case.
/// </summary>
internal static class PolicyTokenizer
{
    private static readonly char[] Whitespace = [' ', '\t', '\n', '\r', '\f', '\v'];

    public static IEnumerable<Token> Tokenize(string rule, List<ParseProblem> problems)
    {
        foreach (var word in rule.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = word.TrimStart('(');
            for (var i = 0; i < word.Length - token.Length; i++)
            {
                yield return new Token(TokenKind.Open, "(");
            }

            if (token.Length == 0)
            {
                continue;
            }

            var clean = token.TrimEnd(')');
            switch (clean.ToLowerInvariant())
            {
                case "and":
                    yield return new Token(TokenKind.And, clean);
                    break;
                case "or":
                    yield return new Token(TokenKind.Or, clean);
                    break;
                case "not":
                    yield return new Token(TokenKind.Not, clean);
                    break;
                case "":
                    break;
                default:
                    // As upstream, the quote test looks at the word before its closing parentheses are cut.
                    yield return token.Length >= 2 && (token[0] is '"' or '\'') && token[^1] == token[0]
                        ? new Token(TokenKind.String, token[1..^1])
                        : new Token(TokenKind.Check, ParseCheck(clean, problems));
                    break;
            }

            for (var i = 0; i < token.Length - clean.Length; i++)
            {
                yield return new Token(TokenKind.Close, ")");
            }
        }
    }

    public static PolicyCheck ParseCheck(string text, List<ParseProblem> problems)
    {
        switch (text)
        {
            case "!":
                return FalseCheck.Instance;
            case "@":
                return TrueCheck.Instance;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            problems.Add(new ParseProblem(PolicyWarningKind.MalformedRule, $"'{text}' is not a check (kind:match)."));
            return FalseCheck.Instance;
        }

        var kind = text[..colon];
        var match = text[(colon + 1)..];
        if (kind is "rule")
        {
            return new RuleCheck(match);
        }

        if (kind is "http" or "https")
        {
            problems.Add(new ParseProblem(PolicyWarningKind.UnsupportedCheck, $"'{text}': {kind}: checks are not supported."));
            return FalseCheck.Instance;
        }

        var template = MatchTemplate.Parse(match);
        if (template is null)
        {
            problems.Add(new ParseProblem(PolicyWarningKind.MalformedRule, $"'{text}': only %(name)s and %% may follow a '%'."));
            return FalseCheck.Instance;
        }

        return kind is "role" ? new RoleCheck(match, template) : new GenericCheck(kind, match, template);
    }
}
