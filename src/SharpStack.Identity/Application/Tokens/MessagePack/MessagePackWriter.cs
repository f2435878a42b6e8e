using System.Buffers.Binary;
using System.Text;

namespace SharpStack.Identity.Application.Tokens.MessagePack;

/// <summary>The few msgpack types Keystone's token payloads use, written as <c>msgpack.packb(..., use_bin_type=True)</c> does.</summary>
internal sealed class MessagePackWriter
{
    private readonly List<byte> _buffer = new(128);

    public byte[] ToArray() => [.. _buffer];

    public void WriteArrayHeader(int count)
    {
        if (count < 16)
        {
            _buffer.Add((byte)(0x90 | count));
        }
        else
        {
            _buffer.Add(0xdc);
            WriteBigEndian((ushort)count);
        }
    }

    public void WriteNil() => _buffer.Add(0xc0);

    public void Write(bool value) => _buffer.Add(value ? (byte)0xc3 : (byte)0xc2);

    public void Write(long value)
    {
        switch (value)
        {
            case >= 0 and < 128:
                _buffer.Add((byte)value);
                break;
            case >= -32 and < 0:
                _buffer.Add((byte)(sbyte)value);
                break;
            case >= 0 and <= byte.MaxValue:
                _buffer.Add(0xcc);
                _buffer.Add((byte)value);
                break;
            case >= 0 and <= ushort.MaxValue:
                _buffer.Add(0xcd);
                WriteBigEndian((ushort)value);
                break;
            case >= 0 and <= uint.MaxValue:
                _buffer.Add(0xce);
                WriteBigEndian((uint)value);
                break;
            default:
                _buffer.Add(0xd3);
                Span<byte> bytes = stackalloc byte[8];
                BinaryPrimitives.WriteInt64BigEndian(bytes, value);
                _buffer.AddRange(bytes);
                break;
        }
    }

    public void Write(double value)
    {
        _buffer.Add(0xcb);
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleBigEndian(bytes, value);
        _buffer.AddRange(bytes);
    }

    public void Write(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        if (bytes.Length < 32)
        {
            _buffer.Add((byte)(0xa0 | bytes.Length));
        }
        else if (bytes.Length <= byte.MaxValue)
        {
            _buffer.Add(0xd9);
            _buffer.Add((byte)bytes.Length);
        }
        else
        {
            _buffer.Add(0xda);
            WriteBigEndian((ushort)bytes.Length);
        }

        _buffer.AddRange(bytes);
    }

    public void WriteBinary(ReadOnlySpan<byte> value)
    {
        if (value.Length <= byte.MaxValue)
        {
            _buffer.Add(0xc4);
            _buffer.Add((byte)value.Length);
        }
        else
        {
            _buffer.Add(0xc5);
            WriteBigEndian((ushort)value.Length);
        }

        _buffer.AddRange(value);
    }

    private void WriteBigEndian(ushort value)
    {
        Span<byte> bytes = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, value);
        _buffer.AddRange(bytes);
    }

    private void WriteBigEndian(uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        _buffer.AddRange(bytes);
    }
}
