using System.Globalization;
using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application.Users;

/// <summary>
/// The <c>password_expires_at={operator}:{timestamp}</c> filter of the user lists (lt, lte, gt, gte, eq, neq);
/// users whose password never expires never match.
/// </summary>
internal sealed record PasswordExpiryFilter(string Operator, DateTime Timestamp)
{
    private static readonly string[] Operators = ["lt", "lte", "gt", "gte", "eq", "neq"];

    /// <summary>Reads <c>op:timestamp</c>, or a bare timestamp meaning <c>eq</c>, as Keystone does.</summary>
    public static PasswordExpiryFilter Parse(string value)
    {
        var separator = value.IndexOf(':', StringComparison.Ordinal);
        var op = separator > 0 ? value[..separator] : null;
        if (op is null || !Operators.Contains(op, StringComparer.Ordinal))
        {
            op = "eq";
            separator = -1;
        }

        var text = value[(separator + 1)..];
        if (!DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var timestamp))
        {
            throw new BadRequestException(
                $"Invalid input for field 'password_expires_at': {SchemaErrors.Repr(text)} is not a timestamp of the form YYYY-MM-DDTHH:mm:ssZ");
        }

        return new PasswordExpiryFilter(op, timestamp);
    }

    public bool Matches(DateTime? expiresAt) => expiresAt is { } at && Operator switch
    {
        "lt" => at < Timestamp,
        "lte" => at <= Timestamp,
        "gt" => at > Timestamp,
        "gte" => at >= Timestamp,
        "neq" => at != Timestamp,
        _ => at == Timestamp,
    };
}
