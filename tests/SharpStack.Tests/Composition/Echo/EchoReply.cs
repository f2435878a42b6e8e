namespace SharpStack.Tests.Composition.Echo;

/// <summary>What the echo agent answers: the text it was sent, the host it runs as, and whether it could reach a database.</summary>
internal sealed record EchoReply(string Text, string Host, bool HasDatabase);
