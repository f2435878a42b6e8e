using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Application.Assignments;

/// <summary>The resolved parts of one grant: the role, and the actor and target it joins.</summary>
internal sealed record GrantTarget(Role Role, GrantScope Scope, bool Inherited);
