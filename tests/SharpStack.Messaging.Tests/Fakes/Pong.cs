namespace SharpStack.Messaging.Tests.Fakes;

public sealed record Pong(int Number, string Server);
