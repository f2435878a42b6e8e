namespace SharpStack.Identity.Domain;

/// <summary>A role a trust delegates (Keystone's trust_role).</summary>
internal sealed class TrustRole
{
    public required string TrustId { get; init; }

    public required string RoleId { get; init; }
}
