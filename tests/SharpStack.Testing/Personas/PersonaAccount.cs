namespace SharpStack.Testing.Personas;

/// <summary>One persona's user and the scope its token is issued for.</summary>
/// <param name="ScopeId">The domain or project id of the scope; <c>all</c> for the system.</param>
public sealed record PersonaAccount(Persona Persona, string UserId, string UserName, string DomainId, string Password, PersonaScope Scope, string ScopeId, string Role)
{
    /// <summary>The project of a project-scoped persona, otherwise null.</summary>
    public string? ProjectId => Scope == PersonaScope.Project ? ScopeId : null;
}
