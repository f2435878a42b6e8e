namespace SharpStack.Composition;

/// <summary>A service's user in Identity (<c>[keystone_authtoken] username</c>) and the roles it holds on the <c>service</c> project.</summary>
internal sealed record ServiceAccount(string Name, IReadOnlyList<string> Roles);
