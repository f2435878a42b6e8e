namespace SharpStack.Tests.Composition.Echo;

internal sealed record EchoRequest(string Text);
