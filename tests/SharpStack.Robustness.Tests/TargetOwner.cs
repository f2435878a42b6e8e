namespace SharpStack.Robustness.Tests;

/// <summary>
/// Whose resources a caller attacks: a domain, a project in it and a user of its own with the member role there (and
/// that user's project token), plus another project to share with.
/// </summary>
public sealed record TargetOwner(string Name, string DomainId, string ProjectId, string UserId, string UserName, string UserToken, string OtherProjectId);
