namespace SharpStack.Robustness.Tests;

/// <summary>One route as one caller attacks it: the values its parameters take, and its ordinal (which rotates the variants).</summary>
public sealed record RouteCase(RobustRoute Route, int Ordinal, RouteTargets Targets)
{
    public BodyShape Shape { get; } = BodyShapes.For(Route);

    /// <summary>The route's valid-ish body, placeholders filled.</summary>
    public byte[]? ValidBody => Route.TakesBody ? System.Text.Encoding.UTF8.GetBytes(Targets.Fill(Shape.Template)) : null;

    public string? ValidContentType => Route.TakesBody ? Shape.ContentType : null;

    public int LastParameter => Route.Segments.Select((segment, index) => segment.IsParameter ? index : -1).Max();

    public T Pick<T>(IReadOnlyList<T> variants, int salt = 0) => variants[(Ordinal + salt) % variants.Count];
}
