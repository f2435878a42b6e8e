namespace SharpStack.Identity.Application.ApplicationCredentials;

/// <summary>An access rule in the request: an existing rule of the user by id, or service, path and method.</summary>
internal sealed record AccessRuleRequest(string? Id, string? Service, string? Path, string? Method);
