using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Application.ApplicationCredentials;

/// <summary>What a token issued from an application credential needs of it: its roles filter the token's, and the body shows it.</summary>
internal sealed record TokenApplicationCredential(
    string Id,
    string Name,
    string UserId,
    string? ProjectId,
    bool Unrestricted,
    DateTime? ExpiresAt,
    IReadOnlyList<string> RoleIds,
    IReadOnlyList<AccessRule> AccessRules)
{
    public bool HoldsRole(string roleId) => RoleIds.Contains(roleId, StringComparer.Ordinal);
}
