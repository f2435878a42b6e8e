using System.Buffers;
using System.Text;
using MessagePack;
using SharpStack.Identity.Application.Tokens.Fernet;

namespace SharpStack.Identity.Application.Tokens;

/// <summary>
/// The msgpack fields of Keystone's Fernet payloads (keystone/token/token_formatters.py), written as Python's
/// <c>msgpack.packb</c> writes them and read strictly: a field of the wrong type makes the payload malformed.
/// </summary>
internal static class PayloadFields
{
    private const int UuidLength = 16;

    // Keystone's expiry is a float of seconds; outside DateTimeOffset's range it cannot be a real expiry.
    private static readonly double MinUnixSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly double MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>Writes one msgpack value and returns its bytes.</summary>
    public static byte[] Write<TState>(TState state, PayloadWriting<TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        var writer = new MessagePackWriter(buffer);
        write(ref writer, state);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads the one msgpack value that <paramref name="data"/> must be.</summary>
    /// <exception cref="FormatException">The bytes are not that value, or have bytes after it.</exception>
    public static T Read<T>(ReadOnlyMemory<byte> data, PayloadReading<T> read)
    {
        try
        {
            var reader = new MessagePackReader(data);
            var value = read(ref reader);
            return reader.End ? value : throw new FormatException("Trailing bytes after the payload.");
        }
        catch (Exception exception) when (exception is MessagePackSerializationException or EndOfStreamException or OverflowException)
        {
            throw new FormatException($"The payload is malformed: {exception.Message}", exception);
        }
    }

    /// <summary>Keystone's <c>attempt_convert_uuid_hex_to_bytes</c>: <c>[true, 16 bytes]</c> for a uuid, else <c>[false, text]</c>.</summary>
    public static void WriteId(ref MessagePackWriter writer, string id)
    {
        writer.WriteArrayHeader(2);
        if (IsUuidHex(id))
        {
            writer.Write(true);
            writer.Write(Convert.FromHexString(id));
        }
        else
        {
            writer.Write(false);
            writer.Write(id);
        }
    }

    /// <summary>Domain and trust ids go without the flag: bytes for a uuid, text otherwise (the default domain's "default").</summary>
    public static void WriteRawId(ref MessagePackWriter writer, string id)
    {
        if (IsUuidHex(id))
        {
            writer.Write(Convert.FromHexString(id));
        }
        else
        {
            writer.Write(id);
        }
    }

    public static void WriteExpiry(ref MessagePackWriter writer, DateTimeOffset expiresAt) =>
        writer.Write((double)expiresAt.ToUnixTimeSeconds());

    /// <summary>Audit ids travel as their raw bytes (Keystone's <c>random_urlsafe_str_to_bytes</c>).</summary>
    public static void WriteAuditIds(ref MessagePackWriter writer, IReadOnlyList<string> auditIds)
    {
        writer.WriteArrayHeader(auditIds.Count);
        foreach (var auditId in auditIds)
        {
            writer.Write(Base64Url.Decode(auditId));
        }
    }

    /// <summary>Keystone's <c>_convert_or_decode</c>: a flagged uuid as hex, otherwise text (sent as str or bin).</summary>
    public static string ReadId(ref MessagePackReader reader)
    {
        if (reader.ReadArrayHeader() != 2)
        {
            throw new FormatException("An id of the payload is not [is_bytes, value].");
        }

        return reader.ReadBoolean() ? Convert.ToHexStringLower(ReadUuid(ref reader)) : ReadTextOrBytes(ref reader);
    }

    public static string ReadRawId(ref MessagePackReader reader) => reader.NextMessagePackType == MessagePackType.Binary
        ? Convert.ToHexStringLower(ReadUuid(ref reader))
        : ReadText(ref reader);

    public static string ReadText(ref MessagePackReader reader) =>
        reader.ReadString() ?? throw new FormatException("A text field of the payload is nil.");

    /// <summary>The expiry, whole or fractional seconds as Keystone writes it, to the millisecond.</summary>
    public static DateTimeOffset ReadExpiry(ref MessagePackReader reader)
    {
        var seconds = reader.ReadDouble();
        return seconds >= MinUnixSeconds && seconds < MaxUnixSeconds
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000))
            : throw new FormatException($"The expiry {seconds} is not a time.");
    }

    public static string[] ReadAuditIds(ref MessagePackReader reader)
    {
        var count = reader.ReadArrayHeader();
        var auditIds = new List<string>(Math.Min(count, 2));
        for (var i = 0; i < count; i++)
        {
            auditIds.Add(Base64Url.Encode(ReadBinary(ref reader), padding: false));
        }

        return [.. auditIds];
    }

    // Only ids whose hex form round-trips are packed as bytes, so that every id reads back exactly as written.
    private static bool IsUuidHex(string id) =>
        id.Length == 32 && id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    private static byte[] ReadUuid(ref MessagePackReader reader)
    {
        var bytes = ReadBinary(ref reader);
        return bytes.Length == UuidLength ? bytes : throw new FormatException($"A uuid of the payload is {bytes.Length} bytes.");
    }

    private static string ReadTextOrBytes(ref MessagePackReader reader) => reader.NextMessagePackType == MessagePackType.Binary
        ? Encoding.UTF8.GetString(ReadBinary(ref reader))
        : ReadText(ref reader);

    // ReadBytes also takes str and nil (msgpack's old spec); Keystone's bytes fields are bin only.
    private static byte[] ReadBinary(ref MessagePackReader reader) =>
        reader.NextMessagePackType == MessagePackType.Binary
            ? reader.ReadBytes()!.Value.ToArray()
            : throw new FormatException($"A payload field is {reader.NextMessagePackType}, not bytes.");
}
