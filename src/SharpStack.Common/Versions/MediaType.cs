namespace SharpStack.Common.Versions;

/// <summary>A <c>media-types</c> entry of a version document.</summary>
public sealed record MediaType(string Base, string Type);
