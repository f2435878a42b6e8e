namespace SharpStack.Identity.Api;

internal sealed record VersionLink(string Rel, string Href);
