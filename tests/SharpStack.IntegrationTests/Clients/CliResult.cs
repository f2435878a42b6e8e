namespace SharpStack.IntegrationTests.Clients;

/// <summary>What a client command printed and how it exited.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);
