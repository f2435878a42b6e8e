namespace SharpStack.Identity.Api;

internal sealed record MediaType(string Base, string Type);
