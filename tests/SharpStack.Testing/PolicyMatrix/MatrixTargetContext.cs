using SharpStack.Testing.Personas;

namespace SharpStack.Testing.PolicyMatrix;

/// <summary>
/// What a target factory is told: the persona a per-caller target (<c>credential@self</c>) belongs to, which is the
/// caller's, or <see cref="Persona.ProjectMember"/>'s for a request without a token; and a name no other target uses.
/// </summary>
public sealed record MatrixTargetContext(Persona Self, string Unique);
