using SharpStack.Identity.Application.Receipts;
using SharpStack.Identity.Application.Tokens;
using static SharpStack.Identity.Tests.Tokens.KeystonePayloadFixtures;

namespace SharpStack.Identity.Tests.Tokens;

public sealed class KeystonePayloadTests
{
    private static readonly DateTimeOffset IssuedAt = Expires.AddHours(-1);

    private static readonly TokenPayload Base = new()
    {
        UserId = User,
        Methods = ["password"],
        ExpiresAt = Expires,
        AuditIds = [Audit1],
    };

    private static readonly Dictionary<string, TokenPayload> Payloads = new()
    {
        [nameof(Unscoped)] = Base,
        [nameof(UnscopedTextUser)] = Base with { UserId = TextUser },
        [nameof(DomainScoped)] = Base with { Methods = ["password", "token"], DomainId = KeystonePayloadFixtures.DomainId, AuditIds = [Audit1, Audit2] },
        [nameof(DefaultDomainScoped)] = Base with { DomainId = "default" },
        [nameof(ProjectScoped)] = Base with { Methods = ["password", "token"], ProjectId = Project, AuditIds = [Audit1, Audit2] },
        [nameof(TrustScoped)] = Base with { ProjectId = Project, TrustId = Trust },
        [nameof(SystemScoped)] = Base with { System = "all" },
        [nameof(ApplicationCredentialScoped)] =
            Base with { Methods = ["application_credential"], ProjectId = Project, ApplicationCredentialId = ApplicationCredential },
    };

    public static TheoryData<string, string> Fixtures => new()
    {
        { nameof(Unscoped), Unscoped },
        { nameof(UnscopedTextUser), UnscopedTextUser },
        { nameof(DomainScoped), DomainScoped },
        { nameof(DefaultDomainScoped), DefaultDomainScoped },
        { nameof(ProjectScoped), ProjectScoped },
        { nameof(TrustScoped), TrustScoped },
        { nameof(SystemScoped), SystemScoped },
        { nameof(ApplicationCredentialScoped), ApplicationCredentialScoped },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Encode_KeystonePayload_IsByteForByteWhatPythonMsgpackPacks(string kind, string hex)
    {
        Assert.Equal(hex, Convert.ToHexStringLower(TokenPayloadCodec.Encode(Payloads[kind])));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Decode_KeystonePayload_ReadsEveryFieldAndEncodesBackToTheSameBytes(string kind, string hex)
    {
        var decoded = TokenPayloadCodec.Decode(Convert.FromHexString(hex), IssuedAt);

        AssertSamePayload(Payloads[kind], decoded);
        Assert.Equal(IssuedAt, decoded.IssuedAt);
        Assert.Equal(hex, Convert.ToHexStringLower(TokenPayloadCodec.Encode(decoded)));
    }

    [Fact]
    public void Decode_KeystoneSubsecondExpiry_KeepsTheMilliseconds()
    {
        var decoded = TokenPayloadCodec.Decode(Convert.FromHexString(ProjectScopedSubsecondExpiry), IssuedAt);

        Assert.Equal(Expires.AddMilliseconds(123), decoded.ExpiresAt);
        Assert.Equal(Project, decoded.ProjectId);
    }

    [Fact]
    public void ReceiptPayloadCodec_Encode_IsWhatPythonMsgpackPacks()
    {
        Assert.Equal(Receipt, Convert.ToHexStringLower(ReceiptPayloadCodec.Encode(User, 2, Expires)));
        Assert.Equal((User, 2L, Expires), ReceiptPayloadCodec.Decode(Convert.FromHexString(Receipt)));
    }

    private static void AssertSamePayload(TokenPayload expected, TokenPayload actual)
    {
        Assert.Equal(expected.UserId, actual.UserId);
        Assert.Equal(expected.Methods.Order(), actual.Methods.Order());
        Assert.Equal(expected.ProjectId, actual.ProjectId);
        Assert.Equal(expected.DomainId, actual.DomainId);
        Assert.Equal(expected.System, actual.System);
        Assert.Equal(expected.TrustId, actual.TrustId);
        Assert.Equal(expected.ApplicationCredentialId, actual.ApplicationCredentialId);
        Assert.Equal(expected.ExpiresAt, actual.ExpiresAt);
        Assert.Equal(expected.AuditIds, actual.AuditIds);
    }
}
