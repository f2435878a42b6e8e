namespace SharpStack.Testing.PolicyMatrix;

/// <summary>How a table's run went: the cells sent, how many are known differences from upstream, and each failure.</summary>
public sealed record MatrixReport(int Cells, int KnownDifferences, IReadOnlyList<string> Failures);
