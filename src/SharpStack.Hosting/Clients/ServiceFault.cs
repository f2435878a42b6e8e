namespace SharpStack.Hosting.Clients;

/// <summary>The error name and message read from a service's fault body.</summary>
internal sealed record ServiceFault(string? Code, string Message);
