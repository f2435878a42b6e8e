using System.Security.Cryptography;
using System.Text;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Application.Tokens.Fernet;

namespace SharpStack.Identity.Application.Receipts;

/// <summary>
/// Fernet auth receipts (keystone/receipt/): a msgpack payload [user id, method code, expiry] under keys derived from the
/// token keys with a distinct label, so that a receipt can never pass for a token. They live 300 seconds, Keystone's
/// default <c>[receipt] expiration</c>.
/// </summary>
internal sealed class ReceiptProvider(FernetKeyRepository repository, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(300);

    private static readonly byte[] Label = Encoding.ASCII.GetBytes("sharpstack-auth-receipt");

    public AuthReceipt Issue(string userId, IReadOnlyList<string> methods)
    {
        var now = time.GetUtcNow();
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds((now + Lifetime).ToUnixTimeSeconds());
        var payload = ReceiptPayloadCodec.Encode(userId, AuthMethodCodes.Encode(methods), expiresAt);
        var id = FernetToken.Encrypt(Keys()[0], payload, now);
        return new AuthReceipt(id, userId, methods, DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds()), expiresAt);
    }

    /// <summary>The receipt, or null when it is malformed, forged, or expired.</summary>
    public AuthReceipt? Validate(string id)
    {
        try
        {
            if (FernetToken.Decrypt(Keys(), id) is not { } decrypted)
            {
                return null;
            }

            var (userId, methods, expiresAt) = ReceiptPayloadCodec.Decode(decrypted.Plaintext);
            return time.GetUtcNow() < expiresAt
                ? new AuthReceipt(id, userId, AuthMethodCodes.Decode(methods), decrypted.CreatedAt, expiresAt)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private List<FernetKey> Keys() =>
        [.. repository.Keys.Select(key => FernetKey.Parse(Base64Url.Encode(HMACSHA256.HashData((byte[])[.. key.SigningKey, .. key.EncryptionKey], Label), padding: true)))];
}
