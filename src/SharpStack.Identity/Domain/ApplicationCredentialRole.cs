namespace SharpStack.Identity.Domain;

/// <summary>A role an application credential's tokens may carry (when the user still has it on the project).</summary>
internal sealed class ApplicationCredentialRole
{
    public int ApplicationCredentialId { get; init; }

    public required string RoleId { get; init; }
}
