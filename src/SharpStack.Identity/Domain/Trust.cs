using System.Text.Json.Nodes;

namespace SharpStack.Identity.Domain;

/// <summary>
/// A delegation (OS-TRUST): the trustor lets the trustee act with some of the trustor's roles on a project, optionally
/// as the trustor (impersonation), for a limited time or number of tokens; deleting it keeps the row (deleted_at).
/// </summary>
internal sealed class Trust
{
    public required string Id { get; init; }

    public required string TrustorUserId { get; init; }

    public required string TrusteeUserId { get; init; }

    public string? ProjectId { get; init; }

    public bool Impersonation { get; init; }

    public DateTime? DeletedAt { get; set; }

    public DateTime? ExpiresAt { get; init; }

    /// <summary>Tokens that may still be issued through the trust; null for unlimited.</summary>
    public int? RemainingUses { get; set; }

    /// <summary>The trust this one was redelegated from.</summary>
    public string? RedelegatedTrustId { get; init; }

    /// <summary>How many more times the trust may be redelegated (0: not at all).</summary>
    public int? RedelegationCount { get; init; }

    /// <summary>Properties of the request that Keystone keeps and returns as they came.</summary>
    public JsonObject Extra { get; set; } = [];

    public List<TrustRole> Roles { get; init; } = [];
}
