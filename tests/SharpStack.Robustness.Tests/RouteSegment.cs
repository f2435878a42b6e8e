namespace SharpStack.Robustness.Tests;

/// <summary>A path segment of a route: literal text, or the name of a route parameter.</summary>
public sealed record RouteSegment(string Text, bool IsParameter);
