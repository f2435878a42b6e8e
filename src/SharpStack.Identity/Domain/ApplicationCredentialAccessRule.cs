namespace SharpStack.Identity.Domain;

/// <summary>Links an application credential to one of its access rules.</summary>
internal sealed class ApplicationCredentialAccessRule
{
    public int ApplicationCredentialId { get; init; }

    public int AccessRuleId { get; init; }

    public AccessRule? AccessRule { get; init; }
}
