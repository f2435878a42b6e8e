namespace SharpStack.Identity.Application.ApplicationCredentials;

/// <summary>A role named in the request, by id or by name (exactly one of them).</summary>
internal sealed record RoleReference(string? Id, string? Name);
