namespace SharpStack.Testing.PolicyMatrix;

/// <summary>
/// One line of a table: an operation (<see cref="Methods"/> on <see cref="Route"/>) sent against a target made by the
/// factory named <see cref="Target"/> (<c>-</c> for none), at the path <see cref="Request"/> (<c>-</c> for the route
/// itself) with <see cref="Body"/>, and the expectation per caller.
/// </summary>
public sealed record MatrixRow(
    string Source,
    int Line,
    string Service,
    IReadOnlyList<string> Methods,
    string Route,
    string Target,
    string Request,
    string Body,
    IReadOnlyList<KeyValuePair<MatrixCaller, MatrixExpectation>> Cells)
{
    public const string None = "-";

    public IEnumerable<MatrixRoute> Routes => Methods.Select(method => new MatrixRoute(Service, method, Route));

    public override string ToString() => $"{Source}:{Line} {string.Join('|', Methods)} {Route} [{Target}]";
}
