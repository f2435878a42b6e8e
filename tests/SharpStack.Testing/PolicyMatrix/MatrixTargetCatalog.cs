namespace SharpStack.Testing.PolicyMatrix;

/// <summary>The target factories the tables may name, registered by each service's test code.</summary>
public sealed class MatrixTargetCatalog
{
    private readonly Dictionary<string, MatrixTargetFactory> _factories = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _factories.Keys;

    public MatrixTargetCatalog Add(MatrixTargetFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factories.Add(factory.Name, factory);
        return this;
    }

    /// <summary>Adds a target that exists already and has fixed values.</summary>
    public MatrixTargetCatalog AddExisting(string name, IReadOnlyDictionary<string, string> values)
    {
        var target = new MatrixTarget(values);
        return Add(new MatrixTargetFactory(name, _ => Task.FromResult(target), Existing: true));
    }

    public MatrixTargetFactory Get(string name) =>
        _factories.TryGetValue(name, out var factory) ? factory : throw new KeyNotFoundException($"No target factory named '{name}'.");
}
