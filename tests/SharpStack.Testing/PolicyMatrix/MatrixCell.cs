namespace SharpStack.Testing.PolicyMatrix;

/// <summary>One request of the matrix: a row's method sent by one caller.</summary>
public sealed record MatrixCell(MatrixRow Row, string Method, MatrixCaller Caller, MatrixExpectation Expected)
{
    /// <summary>A state-changing request that should succeed needs a target of its own.</summary>
    public bool ChangesState => Method is not ("GET" or "HEAD");

    public override string ToString() => $"{Row.Source}:{Row.Line} {Method} {Row.Route} [{Row.Target}] as {Caller}";
}
