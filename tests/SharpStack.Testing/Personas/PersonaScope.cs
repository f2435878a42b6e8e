namespace SharpStack.Testing.Personas;

/// <summary>What a persona's token is scoped to.</summary>
public enum PersonaScope
{
    System,
    Domain,
    Project,
}
