namespace SharpStack.Image.Domain;

/// <summary>A member's answer to an image shared with it.</summary>
internal static class MemberStatus
{
    public const string Pending = "pending";

    public const string Accepted = "accepted";

    public const string Rejected = "rejected";

    public static IReadOnlyList<string> All { get; } = [Pending, Accepted, Rejected];
}
