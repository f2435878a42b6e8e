using SharpStack.Testing.PolicyMatrix;

namespace SharpStack.PolicyMatrix.Tests;

/// <summary>
/// Identity's targets, made as the system admin. <c>@A</c> and <c>@B</c> name the domain a resource lives in (domain A
/// holds project A; domain B holds project B); <c>@self</c> a resource of the caller's own user.
/// </summary>
internal static class IdentityTargets
{
    public static void AddTo(MatrixTargetCatalog catalog, ServiceSetup identity)
    {
        var ids = identity.Personas.Targets;
        catalog.AddExisting("domainA", Values(("id", ids.DomainAId), ("domainId", ids.DomainAId)));
        catalog.AddExisting("domainB", Values(("id", ids.DomainBId), ("domainId", ids.DomainBId)));
        catalog.AddExisting("projectA", Values(("id", ids.ProjectAId), ("projectId", ids.ProjectAId), ("domainId", ids.DomainAId)));
        catalog.AddExisting("projectB", Values(("id", ids.ProjectBId), ("projectId", ids.ProjectBId), ("domainId", ids.DomainBId)));
    }

    private static Dictionary<string, string> Values(params (string Name, string Value)[] values) =>
        values.ToDictionary(pair => pair.Name, pair => pair.Value, StringComparer.Ordinal);
}
