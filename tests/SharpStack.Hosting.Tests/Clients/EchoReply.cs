namespace SharpStack.Hosting.Tests.Clients;

/// <summary>The stub target's default answer.</summary>
internal sealed record EchoReply(string Method, string Path);
