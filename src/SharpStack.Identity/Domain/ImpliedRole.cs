namespace SharpStack.Identity.Domain;

/// <summary>A role inference rule: whoever has the prior role also has the implied one.</summary>
internal sealed class ImpliedRole
{
    public required string PriorRoleId { get; init; }

    public required string ImpliedRoleId { get; init; }
}
