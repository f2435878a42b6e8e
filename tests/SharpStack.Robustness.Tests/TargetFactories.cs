namespace SharpStack.Robustness.Tests;

/// <summary>
/// Who makes the real resources of each service; a service without an entry is still attacked on every route, its
/// parameters taking the unknown id until it gets one.
/// </summary>
public static class TargetFactories
{
    private static readonly Dictionary<string, Func<TargetContext, Task>> Factories = new(StringComparer.Ordinal)
    {
        ["identity"] = IdentityTargets.AddAsync,
        ["image"] = ImageTargets.AddAsync,
    };

    public static Task AddAsync(string service, TargetContext context) =>
        Factories.TryGetValue(service, out var factory) ? factory(context) : Task.CompletedTask;
}
