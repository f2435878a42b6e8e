namespace SharpStack;

/// <summary>An operator mistake (port in use, bad configuration, unreachable database) reported as one sentence with the fix.</summary>
internal sealed class OperatorException(string message) : Exception(message);
