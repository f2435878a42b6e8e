namespace SharpStack.Identity.Application.Tokens;

/// <summary>The project a token is scoped to, with its domain.</summary>
internal sealed record TokenProject(string Id, string Name, string DomainId, string DomainName, bool IsDomain);
