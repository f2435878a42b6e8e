namespace SharpStack.Common.Policy.Checks;

/// <summary>rule:name — the named rule's result; an undefined name fails closed.</summary>
internal sealed class RuleCheck(string name) : PolicyCheck
{
    public string Name { get; } = name;

    public override bool Evaluate(in PolicyEvaluation evaluation) =>
        evaluation.Rules.TryGetValue(Name, out var rule) && rule.Evaluate(evaluation);

    public override string ToString() => $"rule:{Name}";
}
