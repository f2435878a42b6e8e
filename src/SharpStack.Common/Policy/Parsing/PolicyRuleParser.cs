using SharpStack.Common.Policy.Checks;

namespace SharpStack.Common.Policy.Parsing;

/// <summary>Parses a check string into a check tree; what cannot be parsed becomes "!" (fail closed), as in oslo.policy.</summary>
internal static class PolicyRuleParser
{
    public static PolicyCheck Parse(string rule, List<ParseProblem> problems)
    {
        if (rule.Length == 0)
        {
            return TrueCheck.Instance;
        }

        var state = new ParseState();
        foreach (var token in PolicyTokenizer.Tokenize(rule, problems))
        {
            state.Shift(token);
        }

        if (state.Result is { } check)
        {
            return check;
        }

        problems.Add(new ParseProblem(PolicyWarningKind.MalformedRule, $"Failed to understand rule '{rule}'; it denies every request."));
        return FalseCheck.Instance;
    }
}
