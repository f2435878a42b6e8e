using SharpStack.Identity.Application.Tokens.Fernet;

namespace SharpStack.Identity.Application.Tokens;

/// <summary>Turns payloads into Fernet tokens with the primary key, and tokens back into payloads with any active key.</summary>
internal sealed class TokenFormatter(FernetKeyRepository keys, TimeProvider time)
{
    public string Create(TokenPayload payload) =>
        FernetToken.Encrypt(keys.Keys[0], TokenPayloadCodec.Encode(payload), time.GetUtcNow());

    /// <returns>The payload, with <see cref="TokenPayload.IssuedAt"/> from the Fernet timestamp; null when the token is not ours or is malformed.</returns>
    public TokenPayload? Read(string token)
    {
        if (FernetToken.Decrypt(keys.Keys, token) is not { } decrypted)
        {
            return null;
        }

        try
        {
            return TokenPayloadCodec.Decode(decrypted.Plaintext, decrypted.CreatedAt);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException)
        {
            return null;
        }
    }
}
