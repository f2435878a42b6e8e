using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace SharpStack.Identity.Application.SecurityCompliance;

/// <summary>RFC 6238 passcodes as Keystone's totp method makes them: HMAC-SHA1, 6 digits, a 30-second step, a base32 secret.</summary>
internal static class Totp
{
    public const int Digits = 6;
    public const int StepSeconds = 30;

    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The passcode of the step containing <paramref name="at"/>.</summary>
    public static string Passcode(byte[] secret, DateTimeOffset at)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / StepSeconds);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
#pragma warning disable CA5350 // RFC 6238 and Keystone use HMAC-SHA1; it is not a weakness in HMAC.
        HMACSHA1.HashData(secret, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var code = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFFFFFF) % 1_000_000;
        return code.ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>Decodes a base32 secret, padding optional and case ignored; null when it is not base32.</summary>
    public static byte[]? DecodeSecret(string text)
    {
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>(text.Length * 5 / 8);
        foreach (var c in text.TrimEnd('='))
        {
            var value = Base32Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return bytes.Count > 0 ? [.. bytes] : null;
    }
}
