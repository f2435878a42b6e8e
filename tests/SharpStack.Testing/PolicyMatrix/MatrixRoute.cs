namespace SharpStack.Testing.PolicyMatrix;

/// <summary>One mapped operation of a service: an HTTP method on a route pattern (without a trailing slash).</summary>
public sealed record MatrixRoute(string Service, string Method, string Pattern)
{
    /// <summary>The pattern as the table writes it: ASP.NET's raw text without a trailing slash, "/" for the root.</summary>
    public static string Normalize(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var trimmed = pattern.TrimEnd('/');
        return trimmed.Length == 0 ? "/" : trimmed;
    }

    public override string ToString() => $"{Service} {Method} {Pattern}";
}
