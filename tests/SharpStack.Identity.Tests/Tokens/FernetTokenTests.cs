using System.Security.Cryptography;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Application.Tokens.Fernet;

namespace SharpStack.Identity.Tests.Tokens;

public sealed class FernetTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Encrypt_SpecTestVector_MatchesTheFernetSpec()
    {
        // github.com/fernet/spec generate.json
        var key = FernetKey.Parse("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=");
        var token = FernetToken.Encrypt(key, "hello"u8, DateTimeOffset.FromUnixTimeSeconds(499162800), Enumerable.Range(0, 16).Select(i => (byte)i).ToArray());

        Assert.Equal("gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA", token);
    }

    [Fact]
    public void Decrypt_RoundTrip_ReturnsPlaintextAndTimestamp()
    {
        var key = FernetKey.Parse(FernetKey.Generate());
        var token = FernetToken.Encrypt(key, "payload"u8, Now);

        var decrypted = FernetToken.Decrypt([key], token);

        Assert.NotNull(decrypted);
        Assert.Equal("payload"u8.ToArray(), decrypted.Value.Plaintext);
        Assert.Equal(Now, decrypted.Value.CreatedAt);
        Assert.DoesNotContain('=', token);
    }

    [Fact]
    public void Decrypt_PaddedToken_IsAccepted()
    {
        var key = FernetKey.Parse(FernetKey.Generate());
        var token = FernetToken.Encrypt(key, "p"u8, Now);

        Assert.NotNull(FernetToken.Decrypt([key], token.PadRight((token.Length + 3) / 4 * 4, '=')));
    }

    [Fact]
    public void Decrypt_TamperedByte_ReturnsNull()
    {
        var key = FernetKey.Parse(FernetKey.Generate());
        var bytes = Base64Url.Decode(FernetToken.Encrypt(key, "payload"u8, Now));
        bytes[30] ^= 1;

        Assert.Null(FernetToken.Decrypt([key], Base64Url.Encode(bytes, padding: false)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("!!!!")]
    [InlineData("gAAAAA")]
    public void Decrypt_Garbage_ReturnsNull(string token)
    {
        Assert.Null(FernetToken.Decrypt([FernetKey.Parse(FernetKey.Generate())], token));
    }

    [Fact]
    public void Decrypt_OtherKey_ReturnsNullButSecondaryKeyWorks()
    {
        var old = FernetKey.Parse(FernetKey.Generate());
        var primary = FernetKey.Parse(FernetKey.Generate());
        var token = FernetToken.Encrypt(old, "p"u8, Now);

        Assert.Null(FernetToken.Decrypt([primary], token));
        Assert.NotNull(FernetToken.Decrypt([primary, old], token));
    }

    [Fact]
    public void Payload_EveryScope_RoundTripsThroughMsgpack()
    {
        var user = RandomHex();
        var audit = TokenPayloadCodec.NewAuditId();
        var payloads = new[]
        {
            Payload(user, audit),
            Payload(user, audit) with { ProjectId = RandomHex() },
            Payload(user, audit) with { DomainId = "default" },
            Payload(user, audit) with { DomainId = RandomHex() },
            Payload(user, audit) with { System = "all" },
            Payload(user, audit) with { ProjectId = RandomHex(), TrustId = RandomHex() },
            Payload("not-a-uuid-user", audit) with { ProjectId = RandomHex(), ApplicationCredentialId = RandomHex() },
        };

        foreach (var payload in payloads)
        {
            var decoded = TokenPayloadCodec.Decode(TokenPayloadCodec.Encode(payload), Now);

            Assert.Equal(payload.UserId, decoded.UserId);
            Assert.Equal(payload.Methods.Order(), decoded.Methods.Order());
            Assert.Equal(payload.ProjectId, decoded.ProjectId);
            Assert.Equal(payload.DomainId, decoded.DomainId);
            Assert.Equal(payload.System, decoded.System);
            Assert.Equal(payload.TrustId, decoded.TrustId);
            Assert.Equal(payload.ApplicationCredentialId, decoded.ApplicationCredentialId);
            Assert.Equal(payload.ExpiresAt, decoded.ExpiresAt);
            Assert.Equal(payload.AuditIds, decoded.AuditIds);
        }
    }

    [Fact]
    public void AuthMethodCodes_PasswordAndToken_AreKeystonesBits()
    {
        Assert.Equal(2, AuthMethodCodes.Encode(["password"]));
        Assert.Equal(6, AuthMethodCodes.Encode(["password", "token"]));
        Assert.Equal(32, AuthMethodCodes.Encode(["application_credential"]));
        Assert.Equal(["token", "password"], AuthMethodCodes.Decode(6));
    }

    private static TokenPayload Payload(string user, string audit) => new()
    {
        UserId = user,
        Methods = ["password", "token"],
        ExpiresAt = Now.AddHours(1),
        AuditIds = [audit, TokenPayloadCodec.NewAuditId()],
    };

    private static string RandomHex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
