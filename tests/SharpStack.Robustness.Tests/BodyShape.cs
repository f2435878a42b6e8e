namespace SharpStack.Robustness.Tests;

/// <summary>
/// A valid-ish body of a route, the base the bad-input classes mutate: its content type, its JSON (with
/// <c>{placeholder}</c>s filled from the route's targets) and the dotted path of the object whose fields are attacked.
/// </summary>
public sealed record BodyShape(string ContentType, string Template, string? Holder = null)
{
    public bool IsJson => ContentType.Contains("json", StringComparison.Ordinal);
}
