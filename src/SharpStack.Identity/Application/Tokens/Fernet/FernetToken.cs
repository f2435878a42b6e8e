using System.Buffers.Binary;
using System.Security.Cryptography;

namespace SharpStack.Identity.Application.Tokens.Fernet;

/// <summary>
/// The Fernet format (github.com/fernet/spec): <c>0x80 | timestamp (8, big endian) | IV (16) | AES-128-CBC ciphertext | HMAC-SHA256 (32)</c>,
/// urlsafe base64. Keystone strips the '=' padding from the tokens it hands out; both forms are accepted.
/// </summary>
internal static class FernetToken
{
    public const byte Version = 0x80;
    private const int HeaderLength = 1 + 8 + 16;
    private const int HmacLength = 32;
    private const int MaxTokenLength = 4096;

    public static string Encrypt(FernetKey key, ReadOnlySpan<byte> plaintext, DateTimeOffset now)
    {
        Span<byte> iv = stackalloc byte[16];
        RandomNumberGenerator.Fill(iv);
        return Encrypt(key, plaintext, now, iv);
    }

    public static string Encrypt(FernetKey key, ReadOnlySpan<byte> plaintext, DateTimeOffset now, ReadOnlySpan<byte> iv)
    {
        using var aes = Aes.Create();
        aes.Key = key.EncryptionKey;
        var cipherLength = aes.GetCiphertextLengthCbc(plaintext.Length, PaddingMode.PKCS7);
        var token = new byte[HeaderLength + cipherLength + HmacLength];
        token[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(token.AsSpan(1, 8), now.ToUnixTimeSeconds());
        iv.CopyTo(token.AsSpan(9, 16));
        aes.EncryptCbc(plaintext, iv, token.AsSpan(HeaderLength, cipherLength), PaddingMode.PKCS7);
        HMACSHA256.HashData(key.SigningKey, token.AsSpan(0, HeaderLength + cipherLength), token.AsSpan(HeaderLength + cipherLength));
        return Base64Url.Encode(token, padding: false);
    }

    /// <summary>Verifies and decrypts with the first key whose HMAC matches.</summary>
    /// <returns>The plaintext and the token's creation time, or null when no key verifies the token or it is malformed.</returns>
    public static (byte[] Plaintext, DateTimeOffset CreatedAt)? Decrypt(IReadOnlyList<FernetKey> keys, string token)
    {
        if (token.Length is 0 or > MaxTokenLength)
        {
            return null;
        }

        var buffer = new byte[token.Length];
        if (!Base64Url.TryDecode(token, buffer, out var length) || length < HeaderLength + 16 + HmacLength || buffer[0] != Version)
        {
            return null;
        }

        var data = buffer.AsSpan(0, length);
        var signed = data[..^HmacLength];
        var cipher = data[HeaderLength..^HmacLength];
        if (cipher.Length % 16 != 0)
        {
            return null;
        }

        Span<byte> mac = stackalloc byte[HmacLength];
        foreach (var key in keys)
        {
            HMACSHA256.HashData(key.SigningKey, signed, mac);
            if (!CryptographicOperations.FixedTimeEquals(mac, data[^HmacLength..]))
            {
                continue;
            }

            try
            {
                using var aes = Aes.Create();
                aes.Key = key.EncryptionKey;
                var plaintext = aes.DecryptCbc(cipher, data.Slice(9, 16), PaddingMode.PKCS7);
                return (plaintext, DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(data.Slice(1, 8))));
            }
            catch (Exception exception) when (exception is CryptographicException or ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        return null;
    }
}
