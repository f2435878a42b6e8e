using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Application.Trusts;

/// <summary>Keystone's _validate_redelegation: what a trust redelegated from <c>parent</c> may ask for.</summary>
internal static class TrustRedelegation
{
    /// <exception cref="SharpStack.Common.Faults.ForbiddenException">The child asks for more than the parent can give.</exception>
    public static void Validate(
        Trust parent, DateTime? childExpiresAt, IEnumerable<string> childRoleIds, int? childRemainingUses, bool childImpersonation, int maxRedelegationCount)
    {
        var depth = parent.RedelegationCount ?? 0;
        var parentRoles = parent.Roles.Select(r => r.RoleId).ToHashSet(StringComparer.Ordinal);
        if (depth <= 0 || depth > maxRedelegationCount
            || childRemainingUses is not null
            || (childExpiresAt is { } expires && parent.ExpiresAt is { } parentExpires && parentExpires < expires)
            || !childRoleIds.All(parentRoles.Contains)
            || (!parent.Impersonation && childImpersonation))
        {
            throw TrustErrors.Forbidden();
        }
    }
}
