namespace SharpStack.Messaging.Tests.Fakes;

public sealed record Ping(int Number);
