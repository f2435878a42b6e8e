namespace SharpStack.Identity.Domain;

/// <summary>A role granted to a user or group on a project, a domain or the system.</summary>
internal sealed class RoleAssignment
{
    /// <summary>The target id of system assignments, Keystone's <c>system: {"all": true}</c>.</summary>
    public const string SystemAll = "system";
    public const int TypeMaxLength = 64;

    /// <summary>Keystone's combined type: UserProject, GroupProject, UserDomain, GroupDomain, UserSystem, GroupSystem.</summary>
    public required string Type { get; init; }

    public required string ActorId { get; init; }

    public required string TargetId { get; init; }

    public required string RoleId { get; init; }

    public bool Inherited { get; init; }

    public ActorType ActorType => Type.StartsWith(nameof(ActorType.User), StringComparison.Ordinal) ? ActorType.User : ActorType.Group;

    public TargetType TargetType => Enum.Parse<TargetType>(Type.AsSpan(ActorType.ToString().Length));

    public static RoleAssignment Create(ActorType actorType, string actorId, TargetType targetType, string targetId, string roleId, bool inherited = false) => new()
    {
        Type = $"{actorType}{targetType}",
        ActorId = actorId,
        TargetId = targetId,
        RoleId = roleId,
        Inherited = inherited,
    };
}
