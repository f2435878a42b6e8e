namespace SharpStack.Composition;

/// <summary>Which agent a process runs: its kind and the host name it reports as (<c>--host</c> or <c>[DEFAULT] host</c>).</summary>
internal sealed record AgentContext(string Kind, string Host);
