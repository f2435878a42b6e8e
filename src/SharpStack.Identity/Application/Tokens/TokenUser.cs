namespace SharpStack.Identity.Application.Tokens;

/// <summary>The user of a token with the names a token body shows.</summary>
internal sealed record TokenUser(string Id, string Name, string DomainId, string DomainName, DateTime? PasswordExpiresAt);
