namespace SharpStack.Identity.Domain;

/// <summary>Who holds a role assignment.</summary>
internal enum ActorType
{
    User,
    Group,
}
