using SharpStack.Identity.Application.Tokens.Fernet;
using SharpStack.Identity.Application.Tokens.MessagePack;

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

    public static byte[] Encode(TokenPayload payload)
    {
        var writer = new MessagePackWriter();
        var version = Version(payload);
        writer.WriteArrayHeader(version switch
        {
            Unscoped => 5,
            TrustScoped or ApplicationCredentialScoped => 7,
            _ => 6,
        });
        writer.Write(version);
        WriteId(writer, payload.UserId);
        writer.Write(AuthMethodCodes.Encode(payload.Methods));
        switch (version)
        {
            case DomainScoped:
                WriteRawId(writer, payload.DomainId!);
                break;
            case SystemScoped:
                writer.Write(payload.System!);
                break;
            case ProjectScoped or TrustScoped or ApplicationCredentialScoped:
                WriteId(writer, payload.ProjectId!);
                break;
        }

        writer.Write((double)payload.ExpiresAt.ToUnixTimeSeconds());
        writer.WriteArrayHeader(payload.AuditIds.Count);
        foreach (var auditId in payload.AuditIds)
        {
            writer.WriteBinary(Base64Url.Decode(auditId));
        }

        if (version == TrustScoped)
        {
            WriteRawId(writer, payload.TrustId!);
        }
        else if (version == ApplicationCredentialScoped)
        {
            WriteId(writer, payload.ApplicationCredentialId!);
        }

        return writer.ToArray();
    }

    /// <exception cref="FormatException">Not a payload this codec knows.</exception>
    public static TokenPayload Decode(ReadOnlySpan<byte> data, DateTimeOffset issuedAt)
    {
        if (MessagePackReader.Read(data) is not object?[] { Length: >= 5 } items || items[0] is not long version)
        {
            throw new FormatException("The token payload is not a versioned array.");
        }

        var expected = version switch
        {
            Unscoped => 5,
            DomainScoped or ProjectScoped or SystemScoped => 6,
            TrustScoped or ApplicationCredentialScoped => 7,
            _ => throw new FormatException($"Token payload version {version} is not supported."),
        };
        if (items.Length != expected)
        {
            throw new FormatException($"Token payload version {version} has {items.Length} items.");
        }

        var scoped = version != Unscoped;
        var expiresIndex = scoped ? 4 : 3;
        return new TokenPayload
        {
            UserId = ReadId(items[1]),
            Methods = AuthMethodCodes.Decode(items[2] as long? ?? throw new FormatException("The methods are not an integer.")),
            DomainId = version == DomainScoped ? ReadRawId(items[3]) : null,
            System = version == SystemScoped ? items[3] as string ?? throw new FormatException("The system scope is not text.") : null,
            ProjectId = version is ProjectScoped or TrustScoped or ApplicationCredentialScoped ? ReadId(items[3]) : null,
            ExpiresAt = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(ReadNumber(items[expiresIndex]) * 1000)),
            AuditIds = ReadAuditIds(items[expiresIndex + 1]),
            TrustId = version == TrustScoped ? ReadRawId(items[6]) : null,
            ApplicationCredentialId = version == ApplicationCredentialScoped ? ReadId(items[6]) : null,
            IssuedAt = issuedAt,
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

    // Only ids whose hex form round-trips are packed as bytes, so that every id reads back exactly as written.
    private static bool IsUuidHex(string id) =>
        id.Length == 32 && id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    private static void WriteId(MessagePackWriter writer, string id)
    {
        writer.WriteArrayHeader(2);
        if (IsUuidHex(id))
        {
            writer.Write(true);
            writer.WriteBinary(Convert.FromHexString(id));
        }
        else
        {
            writer.Write(false);
            writer.Write(id);
        }
    }

    // Domain and trust ids are packed without the flag: bytes for uuids, text otherwise (the default domain's "default").
    private static void WriteRawId(MessagePackWriter writer, string id)
    {
        if (IsUuidHex(id))
        {
            writer.WriteBinary(Convert.FromHexString(id));
        }
        else
        {
            writer.Write(id);
        }
    }

    private static string ReadId(object? value) => value switch
    {
        object?[] { Length: 2 } pair when pair[0] is true && pair[1] is byte[] { Length: 16 } bytes => Convert.ToHexStringLower(bytes),
        object?[] { Length: 2 } pair when pair[0] is false && pair[1] is string text => text,
        object?[] { Length: 2 } pair when pair[0] is false && pair[1] is byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
        _ => throw new FormatException("An id of the payload is not [is_bytes, value]."),
    };

    private static string ReadRawId(object? value) => value switch
    {
        byte[] { Length: 16 } bytes => Convert.ToHexStringLower(bytes),
        string text => text,
        _ => throw new FormatException("A scope id of the payload is neither 16 bytes nor text."),
    };

    private static double ReadNumber(object? value) => value switch
    {
        double number => number,
        long number => number,
        _ => throw new FormatException("The expiry is not a number."),
    };

    private static string[] ReadAuditIds(object? value) => value is object?[] items
        ? [.. items.Select(item => item is byte[] bytes ? Base64Url.Encode(bytes, padding: false) : throw new FormatException("An audit id is not bytes."))]
        : throw new FormatException("The audit ids are not an array.");

    /// <summary>A new audit id: 16 random bytes as 22 urlsafe base64 characters, as Keystone's random_urlsafe_str.</summary>
    public static string NewAuditId() => Base64Url.Encode(Guid.NewGuid().ToByteArray(), padding: false);
}
