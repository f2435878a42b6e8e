namespace SharpStack.Common.Policy;

/// <summary>An API operation a rule protects, listed in the sample policy file.</summary>
public sealed record PolicyOperation(string Method, string Path);
