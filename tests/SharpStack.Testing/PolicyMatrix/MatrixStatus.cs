using System.Globalization;

namespace SharpStack.Testing.PolicyMatrix;

/// <summary>An expected HTTP status, and what the answer must say of the target (<c>200</c>, <c>200+</c>, <c>200-</c>).</summary>
public sealed record MatrixStatus(int Code, MatrixListing Listing)
{
    public bool IsSuccess => Code is >= 200 and < 300;

    public static MatrixStatus Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var listing = text.EndsWith('+') ? MatrixListing.Contains : text.EndsWith('-') ? MatrixListing.Absent : MatrixListing.Any;
        var digits = listing == MatrixListing.Any ? text : text[..^1];
        if (digits.Length != 3 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code < 100)
        {
            throw new FormatException($"'{text}' is not a status such as 200, 200+ or 200-.");
        }

        return new MatrixStatus(code, listing);
    }

    public override string ToString() => Code.ToString(CultureInfo.InvariantCulture) + Listing switch
    {
        MatrixListing.Contains => "+",
        MatrixListing.Absent => "-",
        _ => "",
    };
}
