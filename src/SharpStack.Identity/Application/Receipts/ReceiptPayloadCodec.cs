using MessagePack;
using SharpStack.Identity.Application.Tokens;

namespace SharpStack.Identity.Application.Receipts;

/// <summary>An auth receipt's msgpack payload: <c>[user id, methods code, expiry seconds]</c>.</summary>
internal static class ReceiptPayloadCodec
{
    public static byte[] Encode(string userId, long methods, DateTimeOffset expiresAt) =>
        PayloadFields.Write((userId, methods, expiresAt), static (ref writer, receipt) =>
        {
            writer.WriteArrayHeader(3);
            writer.Write(receipt.userId);
            writer.Write(receipt.methods);
            PayloadFields.WriteExpiry(ref writer, receipt.expiresAt);
        });

    /// <exception cref="FormatException">Not a receipt payload.</exception>
    public static (string UserId, long Methods, DateTimeOffset ExpiresAt) Decode(ReadOnlyMemory<byte> data) =>
        PayloadFields.Read(data, static (ref reader) => reader.ReadArrayHeader() == 3
            ? (PayloadFields.ReadText(ref reader), reader.ReadInt64(), PayloadFields.ReadExpiry(ref reader))
            : throw new FormatException("A receipt payload is an array of 3."));
}
