using SharpStack.Common.Policy.Checks;

namespace SharpStack.Common.Policy;

/// <summary>Finds the rules whose rule: references lead into a cycle, which oslo.policy would recurse on forever.</summary>
internal sealed class PolicyCycleFinder(IReadOnlyDictionary<string, PolicyCheck> rules)
{
    private readonly Dictionary<string, bool?> _reachesCycle = new(StringComparer.Ordinal);

    public List<string> FindRulesReachingCycles(IEnumerable<string> names) =>
        names.Where(ReachesCycle).ToList();

    private bool ReachesCycle(string name)
    {
        if (_reachesCycle.TryGetValue(name, out var known))
        {
            // A rule still being visited has been reached again: a cycle.
            return known ?? true;
        }

        _reachesCycle[name] = null;
        var result = false;
        foreach (var reference in PolicyRuleCompiler.References(rules[name]).Distinct(StringComparer.Ordinal))
        {
            if (rules.ContainsKey(reference) && ReachesCycle(reference))
            {
                result = true;
            }
        }

        _reachesCycle[name] = result;
        return result;
    }
}
