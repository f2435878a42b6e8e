namespace SharpStack.Identity.Application.Tokens;

/// <summary>The domain a token is scoped to.</summary>
internal sealed record TokenDomain(string Id, string Name);
