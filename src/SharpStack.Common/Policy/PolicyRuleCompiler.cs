using System.Collections.Frozen;
using SharpStack.Common.Policy.Checks;
using SharpStack.Common.Policy.Parsing;

namespace SharpStack.Common.Policy;

/// <summary>Turns registered defaults and file overrides into one immutable set of parsed rules.</summary>
internal static class PolicyRuleCompiler
{
    public static FrozenDictionary<string, PolicyCheck> Compile(
        IReadOnlyDictionary<string, PolicyRuleDefault> defaults,
        IReadOnlyList<string> defaultOrder,
        IReadOnlyDictionary<string, string> overrides,
        List<PolicyWarning> warnings)
    {
        var checkStrings = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>(defaultOrder);
        foreach (var name in defaultOrder)
        {
            checkStrings[name] = defaults[name].CheckString;
        }

        foreach (var (name, checkString) in overrides)
        {
            if (!defaults.ContainsKey(name))
            {
                warnings.Add(new PolicyWarning(
                    PolicyWarningKind.UnknownRuleInFile, name, "The policy file defines a rule no service registered."));
                order.Add(name);
            }

            checkStrings[name] = checkString;
        }

        var rules = new Dictionary<string, PolicyCheck>(StringComparer.Ordinal);
        foreach (var name in order)
        {
            var problems = new List<ParseProblem>();
            rules[name] = PolicyRuleParser.Parse(checkStrings[name], problems);
            warnings.AddRange(problems.Select(p => new PolicyWarning(p.Kind, name, p.Message)));
        }

        foreach (var name in order)
        {
            foreach (var missing in References(rules[name]).Where(r => !rules.ContainsKey(r)).Distinct(StringComparer.Ordinal))
            {
                warnings.Add(new PolicyWarning(
                    PolicyWarningKind.UndefinedReference, name, $"rule:{missing} is not defined; that reference denies."));
            }
        }

        var cyclic = new PolicyCycleFinder(rules).FindRulesReachingCycles(order);
        foreach (var name in cyclic)
        {
            warnings.Add(new PolicyWarning(
                PolicyWarningKind.CyclicReference, name, "The rule is part of, or depends on, a cycle of rule: references; it denies every request."));
            rules[name] = FalseCheck.Instance;
        }

        return rules.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static IEnumerable<string> References(PolicyCheck check) =>
        check is RuleCheck rule ? [rule.Name] : check.Children.SelectMany(References);
}
