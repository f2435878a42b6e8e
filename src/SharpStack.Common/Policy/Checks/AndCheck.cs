namespace SharpStack.Common.Policy.Checks;

internal sealed class AndCheck(List<PolicyCheck> rules) : PolicyCheck
{
    public List<PolicyCheck> Rules { get; } = rules;

    public override IReadOnlyList<PolicyCheck> Children => Rules;

    public override bool Evaluate(in PolicyEvaluation evaluation)
    {
        foreach (var rule in Rules)
        {
            if (!rule.Evaluate(evaluation))
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => $"({string.Join(" and ", Rules)})";
}
