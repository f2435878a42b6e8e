using SharpStack.Identity.Application.Receipts;
using SharpStack.Identity.Application.Tokens;
using static SharpStack.Identity.Tests.Tokens.KeystonePayloadFixtures;

namespace SharpStack.Identity.Tests.Tokens;

public sealed class MalformedPayloadTests
{
    private const string UserField = "92c3c410" + User;
    private const string ProjectField = "92c3c410" + Project;
    private const string Expiry = "cb41dac2b414000000";
    private const string AuditIds = "91c410000102030405060708090a0b0c0d0e0f";
    private const string Fields = UserField + "02" + ProjectField + Expiry + AuditIds;

    public static TheoryData<string> Malformed => new()
    {
        "",
        "c0",
        "c1",
        "02",
        "90",
        "9402" + UserField + "02" + ProjectField,
        "d6ff00000000",
        "9602" + Fields + "c0",
        "9702" + Fields + "c0",
        "9502" + Fields,
        "9604" + Fields,
        "9663" + Fields,
        "96a132" + Fields,
        "96cb4000000000000000" + Fields,
        "960205" + "02" + ProjectField + Expiry + AuditIds,
        "960292c3c40f" + User[..30] + "02" + ProjectField + Expiry + AuditIds,
        "960292c3a3616263" + "02" + ProjectField + Expiry + AuditIds,
        "960292c2c0" + "02" + ProjectField + Expiry + AuditIds,
        "960293c3c410" + User + "c0" + "02" + ProjectField + Expiry + AuditIds,
        "960291c3" + "02" + ProjectField + Expiry + AuditIds,
        "9602" + UserField + "a132" + ProjectField + Expiry + AuditIds,
        "9602" + UserField + "cfffffffffffffffff" + ProjectField + Expiry + AuditIds,
        "9602" + UserField + "02" + ProjectField + "a3313233" + AuditIds,
        "9602" + UserField + "02" + ProjectField + "cb7ff8000000000000" + AuditIds,
        "9602" + UserField + "02" + ProjectField + "cb7ff0000000000000" + AuditIds,
        "9602" + UserField + "02" + ProjectField + "cb7e37e43c8800759c" + AuditIds,
        "9602" + UserField + "02" + ProjectField + "cbc2374876e8000000" + AuditIds,
        "9602" + UserField + "02" + ProjectField + Expiry + "c410000102030405060708090a0b0c0d0e0f",
        "9602" + UserField + "02" + ProjectField + Expiry + "91a3616263",
        "9602" + UserField + "02" + ProjectField + Expiry + "91c0",
        "9602" + UserField + "02" + ProjectField + Expiry + "ddffffffff",
        "9602" + UserField + "02" + ProjectField + Expiry + "dd7fffffffc410",
        "9608" + UserField + "02" + "c0" + Expiry + AuditIds,
        "9601" + UserField + "02" + "05" + Expiry + AuditIds,
        "9601" + UserField + "02" + "c40f" + DomainId[..30] + Expiry + AuditIds,
        "9703" + Fields + "c0",
        "9709" + Fields + "c410" + ApplicationCredential,
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Decode_MalformedPayload_ThrowsFormatException(string hex)
    {
        Assert.Throws<FormatException>(() => TokenPayloadCodec.Decode(Convert.FromHexString(hex), Expires));
    }

    [Fact]
    public void Decode_EveryTruncationOfEveryKeystonePayload_ThrowsFormatException()
    {
        string[] fixtures = [Unscoped, UnscopedTextUser, DomainScoped, DefaultDomainScoped, ProjectScoped, TrustScoped, SystemScoped, ApplicationCredentialScoped];
        foreach (var bytes in fixtures.Select(Convert.FromHexString))
        {
            for (var length = 0; length < bytes.Length; length++)
            {
                Assert.Throws<FormatException>(() => TokenPayloadCodec.Decode(bytes.AsMemory(0, length), Expires));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("92a13102")]
    [InlineData("94a1310202c0")]
    [InlineData("93c4013102" + Expiry)]
    [InlineData("93a131a132" + Expiry)]
    [InlineData("93a13102cb7ff8000000000000")]
    [InlineData("93a13102" + Expiry + "c0")]
    [InlineData("93d920" + User)]
    public void ReceiptPayloadCodec_MalformedPayload_ThrowsFormatException(string hex)
    {
        Assert.Throws<FormatException>(() => ReceiptPayloadCodec.Decode(Convert.FromHexString(hex)));
    }
}
