using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Application.Assignments;

/// <summary>The stored <see cref="RoleAssignment.Type"/> values, usable in queries.</summary>
internal static class AssignmentTypes
{
    public const string UserProject = nameof(ActorType.User) + nameof(TargetType.Project);
    public const string GroupProject = nameof(ActorType.Group) + nameof(TargetType.Project);
    public const string UserDomain = nameof(ActorType.User) + nameof(TargetType.Domain);
    public const string GroupDomain = nameof(ActorType.Group) + nameof(TargetType.Domain);
    public const string UserSystem = nameof(ActorType.User) + nameof(TargetType.System);
    public const string GroupSystem = nameof(ActorType.Group) + nameof(TargetType.System);

    public static string Of(ActorType actor, TargetType target) => $"{actor}{target}";
}
