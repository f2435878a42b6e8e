namespace SharpStack.Identity.Application;

/// <summary>A user a service authenticates as; a null password is generated and returned once, on creation.</summary>
public sealed record ServiceUser(string Name, string? Password = null);
