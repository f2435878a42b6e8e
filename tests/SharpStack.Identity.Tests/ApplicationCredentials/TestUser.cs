namespace SharpStack.Identity.Tests.ApplicationCredentials;

/// <summary>A test user and a token of theirs scoped to the test project.</summary>
public sealed record TestUser(string Id, string Name, string Token);
