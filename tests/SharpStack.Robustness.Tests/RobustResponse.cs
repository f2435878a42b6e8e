namespace SharpStack.Robustness.Tests;

/// <summary>What came back: the status (0 when nothing did), the content type and the body text, or why nothing came.</summary>
public sealed record RobustResponse(int Status, string? ContentType, string Body, string? Error = null);
