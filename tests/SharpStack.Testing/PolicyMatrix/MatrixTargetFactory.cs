namespace SharpStack.Testing.PolicyMatrix;

/// <summary>Makes the target a table names (<c>user@A</c>), as an admin through the service's REST API.</summary>
/// <param name="PerCaller">The target belongs to the caller (<c>…@self</c>), so each caller needs its own.</param>
/// <param name="Existing">The target exists already (a persona's own domain or project): never made fresh.</param>
public sealed record MatrixTargetFactory(string Name, Func<MatrixTargetContext, Task<MatrixTarget>> CreateAsync, bool PerCaller = false, bool Existing = false);
