namespace SharpStack.Common.Faults;

/// <summary>A rendered fault: the response's content type and body text.</summary>
public sealed record FaultBody(string ContentType, string Content);
