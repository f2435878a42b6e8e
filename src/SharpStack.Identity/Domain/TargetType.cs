namespace SharpStack.Identity.Domain;

/// <summary>Where a role assignment applies.</summary>
internal enum TargetType
{
    Project,
    Domain,
    System,
}
