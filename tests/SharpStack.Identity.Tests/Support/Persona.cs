namespace SharpStack.Identity.Tests.Support;

/// <summary>The callers of <see cref="ResourceApiServer"/>, each with a fixed token.</summary>
public enum Persona
{
    SystemAdmin,
    SystemReader,
    ProjectAdmin,
    DomainAdmin,
    DomainReader,
    ProjectMember,
    ProjectReader,
}
