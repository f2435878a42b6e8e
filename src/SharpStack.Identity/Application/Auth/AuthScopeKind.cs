namespace SharpStack.Identity.Application.Auth;

/// <summary>What the request's <c>scope</c> asks for.</summary>
internal enum AuthScopeKind
{
    /// <summary>No scope: the user's default project when they have a role on it, else unscoped.</summary>
    Default,

    /// <summary><c>"scope": "unscoped"</c>: unscoped even when the user has a default project.</summary>
    Unscoped,
    Project,
    Domain,
    System,
    Trust,
}
