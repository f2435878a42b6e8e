using System.Buffers.Binary;
using System.Text;

namespace SharpStack.Identity.Application.Tokens.MessagePack;

/// <summary>Reads msgpack values into plain objects: null, bool, long, double, string, byte[] and object?[] arrays.</summary>
internal static class MessagePackReader
{
    private const int MaxDepth = 8;

    /// <exception cref="FormatException">The bytes are not one complete msgpack value of the supported types.</exception>
    public static object? Read(ReadOnlySpan<byte> data)
    {
        var position = 0;
        var value = ReadValue(data, ref position, 0);
        return position == data.Length ? value : throw new FormatException("Trailing bytes after the msgpack value.");
    }

    private static object? ReadValue(ReadOnlySpan<byte> data, ref int position, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FormatException("msgpack value nested too deeply.");
        }

        var type = Take(data, ref position, 1)[0];
        return type switch
        {
            <= 0x7f => (long)type,
            >= 0xe0 => (long)(sbyte)type,
            >= 0xa0 and <= 0xbf => Text(Take(data, ref position, type & 0x1f)),
            >= 0x90 and <= 0x9f => ReadArray(data, ref position, type & 0x0f, depth),
            0xc0 => null,
            0xc2 => false,
            0xc3 => true,
            0xc4 => Take(data, ref position, Take(data, ref position, 1)[0]).ToArray(),
            0xc5 => Take(data, ref position, BinaryPrimitives.ReadUInt16BigEndian(Take(data, ref position, 2))).ToArray(),
            0xca => (double)BinaryPrimitives.ReadSingleBigEndian(Take(data, ref position, 4)),
            0xcb => BinaryPrimitives.ReadDoubleBigEndian(Take(data, ref position, 8)),
            0xcc => (long)Take(data, ref position, 1)[0],
            0xcd => (long)BinaryPrimitives.ReadUInt16BigEndian(Take(data, ref position, 2)),
            0xce => (long)BinaryPrimitives.ReadUInt32BigEndian(Take(data, ref position, 4)),
            0xcf => checked((long)BinaryPrimitives.ReadUInt64BigEndian(Take(data, ref position, 8))),
            0xd0 => (long)(sbyte)Take(data, ref position, 1)[0],
            0xd1 => (long)BinaryPrimitives.ReadInt16BigEndian(Take(data, ref position, 2)),
            0xd2 => (long)BinaryPrimitives.ReadInt32BigEndian(Take(data, ref position, 4)),
            0xd3 => BinaryPrimitives.ReadInt64BigEndian(Take(data, ref position, 8)),
            0xd9 => Text(Take(data, ref position, Take(data, ref position, 1)[0])),
            0xda => Text(Take(data, ref position, BinaryPrimitives.ReadUInt16BigEndian(Take(data, ref position, 2)))),
            0xdc => ReadArray(data, ref position, BinaryPrimitives.ReadUInt16BigEndian(Take(data, ref position, 2)), depth),
            _ => throw new FormatException($"Unsupported msgpack type 0x{type:x2}."),
        };
    }

    private static object?[] ReadArray(ReadOnlySpan<byte> data, ref int position, int count, int depth)
    {
        if (count > data.Length - position)
        {
            throw new FormatException("msgpack array longer than the data.");
        }

        var items = new object?[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = ReadValue(data, ref position, depth + 1);
        }

        return items;
    }

    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> data, ref int position, int count)
    {
        if (count > data.Length - position)
        {
            throw new FormatException("msgpack value truncated.");
        }

        var slice = data.Slice(position, count);
        position += count;
        return slice;
    }

    private static string Text(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
}
