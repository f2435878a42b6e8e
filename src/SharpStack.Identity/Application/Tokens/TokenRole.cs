namespace SharpStack.Identity.Application.Tokens;

/// <summary>A role a token carries, implied roles included.</summary>
internal sealed record TokenRole(string Id, string Name);
