using System.Buffers;
using OtpNet;

namespace SharpStack.Identity.Application.SecurityCompliance;

/// <summary>
/// A <c>totp</c> credential's blob as Keystone reads it: '=' added up to a multiple of 8, then Python's strict
/// <c>base64.b32decode</c> (upper case only, a valid amount of padding), then cryptography's 128-bit minimum key.
/// </summary>
internal static class TotpSecret
{
    public const int MinimumKeyBytes = 16;

    private static readonly SearchValues<char> Alphabet = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");

    /// <summary>The key, or null when Keystone would fail to decode the blob (and so match no passcode).</summary>
    public static byte[]? Decode(string blob)
    {
        var padded = blob.PadRight((blob.Length + 7) / 8 * 8, '=');
        var digits = padded.TrimEnd('=');
        if (padded.Length - digits.Length is not (0 or 1 or 3 or 4 or 6)
            || digits.Length == 0
            || digits.AsSpan().ContainsAnyExcept(Alphabet))
        {
            return null;
        }

        var key = Base32Encoding.ToBytes(digits);
        return key.Length >= MinimumKeyBytes ? key : null;
    }
}
