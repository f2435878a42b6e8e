namespace SharpStack.Common.Policy.Checks;

internal sealed class TrueCheck : PolicyCheck
{
    public static readonly TrueCheck Instance = new();

    public override bool Evaluate(in PolicyEvaluation evaluation) => true;

    public override string ToString() => "@";
}
