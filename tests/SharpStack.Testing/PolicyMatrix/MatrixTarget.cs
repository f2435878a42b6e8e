namespace SharpStack.Testing.PolicyMatrix;

/// <summary>What a target factory made: values the row's request and body name (<c>{userId}</c>), and its <c>id</c>.</summary>
public sealed class MatrixTarget(IReadOnlyDictionary<string, string> values)
{
    public static MatrixTarget None { get; } = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Values => values;

    public static MatrixTarget Of(params (string Name, string Value)[] values) =>
        new(values.ToDictionary(pair => pair.Name, pair => pair.Value, StringComparer.Ordinal));

    /// <summary>The id a listing does or does not show, or null when the target has none.</summary>
    public string? Id => values.GetValueOrDefault("id");
}
