namespace SharpStack.Testing.PolicyMatrix;

/// <summary>
/// One cell of the table: what upstream answers, and, for a known difference (written <c>upstream!ours</c>, e.g.
/// <c>201!403</c>), what SharpStack answers instead. The test holds SharpStack to <see cref="Ours"/>.
/// </summary>
public sealed record MatrixExpectation(MatrixStatus Upstream, MatrixStatus Ours)
{
    public bool IsKnownDifference => Upstream != Ours;

    public static MatrixExpectation Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('!');
        if (parts.Length > 2)
        {
            throw new FormatException($"'{text}' has more than one '!'.");
        }

        var upstream = MatrixStatus.Parse(parts[0]);
        var ours = parts.Length == 2 ? MatrixStatus.Parse(parts[1]) : upstream;
        if (parts.Length == 2 && upstream == ours)
        {
            throw new FormatException($"'{text}' marks a difference where there is none.");
        }

        return new MatrixExpectation(upstream, ours);
    }

    public override string ToString() => IsKnownDifference ? $"{Upstream}!{Ours}" : Upstream.ToString();
}
