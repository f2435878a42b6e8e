namespace SharpStack.Messaging.Tests.Fakes;

public sealed record Explode(string Reason);
