namespace SharpStack.Common.Policy.Checks;

internal sealed class FalseCheck : PolicyCheck
{
    public static readonly FalseCheck Instance = new();

    public override bool Evaluate(in PolicyEvaluation evaluation) => false;

    public override string ToString() => "!";
}
