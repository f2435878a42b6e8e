using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application.Trusts;

/// <summary>Keystone's trust errors, worded as it words them.</summary>
internal static class TrustErrors
{
    /// <summary>Keystone's Forbidden with a reason: the reason stays in its logs (insecure_debug off), the caller gets this.</summary>
    public const string NotAuthorized = "You are not authorized to perform the requested action.";

    public static NotFoundException NotFound(string trustId) => new($"Could not find trust: {trustId}.");

    public static NotFoundException RoleNotFound(string roleId) => new($"Could not find role: {roleId}.");

    public static ForbiddenException Forbidden() => new(NotAuthorized);

    public static ForbiddenException ForbiddenAction(string action) =>
        new($"You are not authorized to perform the requested action: {action}.");
}
