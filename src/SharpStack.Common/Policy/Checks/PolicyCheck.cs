namespace SharpStack.Common.Policy.Checks;

/// <summary>A node of a parsed check string; its ToString is oslo.policy's canonical form.</summary>
internal abstract class PolicyCheck
{
    public virtual IReadOnlyList<PolicyCheck> Children => [];

    public abstract bool Evaluate(in PolicyEvaluation evaluation);

    public abstract override string ToString();
}
