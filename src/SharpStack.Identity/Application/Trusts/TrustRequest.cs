using System.Text.Json.Nodes;

namespace SharpStack.Identity.Application.Trusts;

/// <summary>A validated <c>POST /v3/OS-TRUST/trusts</c> body.</summary>
internal sealed record TrustRequest
{
    public required string TrustorUserId { get; init; }

    public required string TrusteeUserId { get; init; }

    public required bool Impersonation { get; init; }

    public string? ProjectId { get; init; }

    public int? RemainingUses { get; init; }

    public string? ExpiresAt { get; init; }

    public bool AllowRedelegation { get; init; }

    public int? RedelegationCount { get; init; }

    /// <summary>The requested roles, each by id or by name (the other null).</summary>
    public required IReadOnlyList<(string? Id, string? Name)> Roles { get; init; }

    /// <summary>Properties the schema does not know, kept as Keystone keeps them.</summary>
    public required JsonObject Extra { get; init; }
}
