using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application.Limits;

/// <summary>Keystone's unified-limit errors, worded as keystone/exception.py words them.</summary>
internal static class UnifiedLimitErrors
{
    public static NotFoundException RegisteredLimitNotFound(string id) => new($"Could not find registered limit for {id}.");

    public static NotFoundException LimitNotFound(string id) => new($"Could not find limit for {id}.");

    public static ConflictException Duplicate(string type) => new($"Conflict occurred attempting to store {type} - Duplicate entry.");

    public static ForbiddenException NoLimitReference() =>
        new("Unable to create a limit that has no corresponding registered limit.");

    public static ForbiddenException RegisteredLimitInUse(string id) =>
        new($"Unable to update or delete registered limit {id} because there are project limits associated with it.");
}
