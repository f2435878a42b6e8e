namespace SharpStack.Common.Policy.Checks;

internal sealed class OrCheck(List<PolicyCheck> rules) : PolicyCheck
{
    public List<PolicyCheck> Rules { get; } = rules;

    public override IReadOnlyList<PolicyCheck> Children => Rules;

    public override bool Evaluate(in PolicyEvaluation evaluation)
    {
        foreach (var rule in Rules)
        {
            if (rule.Evaluate(evaluation))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => $"({string.Join(" or ", Rules)})";
}
