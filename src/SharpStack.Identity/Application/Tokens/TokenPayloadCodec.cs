using MessagePack;
using SharpStack.Identity.Application.Tokens.Fernet;

namespace SharpStack.Identity.Application.Tokens;

/// <summary>
/// Keystone's msgpack payloads (keystone/token/token_formatters.py): <c>[version, user, methods, scope..., expires_at, audit_ids, ...]</c>
/// with ids as <c>[is_bytes, uuid bytes | text]</c>, expiry as float seconds and audit ids as their 16 raw bytes.
/// </summary>
internal static class TokenPayloadCodec
{
    private const int Unscoped = 0;
    private const int DomainScoped = 1;
    private const int ProjectScoped = 2;
    private const int TrustScoped = 3;
    private const int SystemScoped = 8;
    private const int ApplicationCredentialScoped = 9;

    public static byte[] Encode(TokenPayload payload) => PayloadFields.Write(payload, Write);

    /// <exception cref="FormatException">Not a payload this codec knows.</exception>
    public static TokenPayload Decode(ReadOnlyMemory<byte> data, DateTimeOffset issuedAt) =>
        PayloadFields.Read(data, Read) with { IssuedAt = issuedAt };

    /// <summary>A new audit id: 16 random bytes as 22 urlsafe base64 characters, as Keystone's random_urlsafe_str.</summary>
    public static string NewAuditId() => Base64Url.Encode(Guid.NewGuid().ToByteArray(), padding: false);

    private static void Write(ref MessagePackWriter writer, TokenPayload payload)
    {
        var version = Version(payload);
        writer.WriteArrayHeader(Length(version));
        writer.Write(version);
        PayloadFields.WriteId(ref writer, payload.UserId);
        writer.Write(AuthMethodCodes.Encode(payload.Methods));
        switch (version)
        {
            case DomainScoped:
                PayloadFields.WriteRawId(ref writer, payload.DomainId!);
                break;
            case SystemScoped:
                writer.Write(payload.System!);
                break;
            case ProjectScoped or TrustScoped or ApplicationCredentialScoped:
                PayloadFields.WriteId(ref writer, payload.ProjectId!);
                break;
        }

        PayloadFields.WriteExpiry(ref writer, payload.ExpiresAt);
        PayloadFields.WriteAuditIds(ref writer, payload.AuditIds);
        if (version == TrustScoped)
        {
            PayloadFields.WriteRawId(ref writer, payload.TrustId!);
        }
        else if (version == ApplicationCredentialScoped)
        {
            PayloadFields.WriteId(ref writer, payload.ApplicationCredentialId!);
        }
    }

    private static TokenPayload Read(ref MessagePackReader reader)
    {
        var length = reader.ReadArrayHeader();
        if (length is < 5 or > 7)
        {
            throw new FormatException($"The token payload is an array of {length}, not a versioned payload.");
        }

        var version = reader.ReadInt64();
        if (length != Length(version))
        {
            throw new FormatException($"Token payload version {version} has {length} items.");
        }

        var userId = PayloadFields.ReadId(ref reader);
        var methods = AuthMethodCodes.Decode(reader.ReadInt64());
        var domainId = version == DomainScoped ? PayloadFields.ReadRawId(ref reader) : null;
        var system = version == SystemScoped ? PayloadFields.ReadText(ref reader) : null;
        var projectId = version is ProjectScoped or TrustScoped or ApplicationCredentialScoped ? PayloadFields.ReadId(ref reader) : null;
        var expiresAt = PayloadFields.ReadExpiry(ref reader);
        var auditIds = PayloadFields.ReadAuditIds(ref reader);
        return new TokenPayload
        {
            UserId = userId,
            Methods = methods,
            DomainId = domainId,
            System = system,
            ProjectId = projectId,
            ExpiresAt = expiresAt,
            AuditIds = auditIds,
            TrustId = version == TrustScoped ? PayloadFields.ReadRawId(ref reader) : null,
            ApplicationCredentialId = version == ApplicationCredentialScoped ? PayloadFields.ReadId(ref reader) : null,
        };
    }

    private static int Version(TokenPayload payload) => payload switch
    {
        { TrustId: not null } => TrustScoped,
        { ApplicationCredentialId: not null } => ApplicationCredentialScoped,
        { ProjectId: not null } => ProjectScoped,
        { DomainId: not null } => DomainScoped,
        { System: not null } => SystemScoped,
        _ => Unscoped,
    };

    private static int Length(long version) => version switch
    {
        Unscoped => 5,
        DomainScoped or ProjectScoped or SystemScoped => 6,
        TrustScoped or ApplicationCredentialScoped => 7,
        _ => throw new FormatException($"Token payload version {version} is not supported."),
    };
}
