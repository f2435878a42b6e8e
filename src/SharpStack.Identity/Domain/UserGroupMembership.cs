namespace SharpStack.Identity.Domain;

/// <summary>A user's membership of a group.</summary>
internal sealed class UserGroupMembership
{
    public required string UserId { get; init; }

    public required string GroupId { get; init; }
}
