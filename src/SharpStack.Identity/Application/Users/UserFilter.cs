namespace SharpStack.Identity.Application.Users;

/// <summary>The query filters of <c>GET /v3/users</c> and <c>GET /v3/groups/{id}/users</c>.</summary>
internal sealed record UserFilter
{
    public string? DomainId { get; init; }

    public string? Name { get; init; }

    public bool? Enabled { get; init; }

    public PasswordExpiryFilter? PasswordExpiresAt { get; init; }

    /// <summary>Set when the caller asks for federated users (idp_id, protocol_id, unique_id); there are none.</summary>
    public bool Federated { get; init; }
}
