namespace SharpStack.Messaging.Tests.Fakes;

public sealed record Applied(int Sequence);
