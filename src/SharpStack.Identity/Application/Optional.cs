namespace SharpStack.Identity.Application;

/// <summary>A request field that may be absent, as distinct from present and null (PATCH semantics).</summary>
internal readonly record struct Optional<T>(bool IsSet, T Value)
{
    public static Optional<T> Unset => default;

    public static implicit operator Optional<T>(T value) => new(true, value);

    public T Or(T fallback) => IsSet ? Value : fallback;
}
