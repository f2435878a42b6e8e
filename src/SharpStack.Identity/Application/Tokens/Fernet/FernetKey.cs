namespace SharpStack.Identity.Application.Tokens.Fernet;

/// <summary>A Fernet key: 32 random bytes, the first half signs (HMAC-SHA256), the second encrypts (AES-128-CBC).</summary>
internal sealed class FernetKey
{
    public const int Length = 32;

    private FernetKey(byte[] signingKey, byte[] encryptionKey)
    {
        SigningKey = signingKey;
        EncryptionKey = encryptionKey;
    }

    public byte[] SigningKey { get; }

    public byte[] EncryptionKey { get; }

    /// <summary>Parses the urlsafe base64 text of a key file, as <c>cryptography.fernet.Fernet</c> reads it.</summary>
    /// <exception cref="FormatException">The text is not 32 bytes of urlsafe base64.</exception>
    public static FernetKey Parse(string text)
    {
        var bytes = Base64Url.Decode(text.Trim());
        if (bytes.Length != Length)
        {
            throw new FormatException($"A Fernet key is {Length} bytes of urlsafe base64, not {bytes.Length} bytes.");
        }

        return new FernetKey(bytes[..16], bytes[16..]);
    }

    /// <summary>A new random key as the text written to a key file (44 characters, with padding).</summary>
    public static string Generate() => Base64Url.Encode(System.Security.Cryptography.RandomNumberGenerator.GetBytes(Length), padding: true);
}
