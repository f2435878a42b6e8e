namespace SharpStack.Common.Policy.Checks;

internal sealed class NotCheck(PolicyCheck rule) : PolicyCheck
{
    public override IReadOnlyList<PolicyCheck> Children => [rule];

    public override bool Evaluate(in PolicyEvaluation evaluation) => !rule.Evaluate(evaluation);

    public override string ToString() => $"not {rule}";
}
