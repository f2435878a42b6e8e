using System.Buffers.Binary;
using System.Security.Cryptography;

namespace SharpStack.Testing.Streams;

/// <summary>
/// A read-only stream of <see cref="Length"/> pseudo-random bytes made on the fly (xorshift from a seed), so a test can
/// send gigabytes without holding them; the same seed and length always give the same bytes.
/// </summary>
public sealed class GeneratedStream(long length, ulong seed = 0x9E3779B97F4A7C15) : Stream
{
    private ulong _state = seed == 0 ? 1 : seed;
    private readonly byte[] _word = new byte[8];
    private readonly IncrementalHash _md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
    private int _wordOffset = 8;
    private string? _finalMd5;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < count; i++)
        {
            if (_wordOffset == 8)
            {
                _state ^= _state << 13;
                _state ^= _state >> 7;
                _state ^= _state << 17;
                BinaryPrimitives.WriteUInt64LittleEndian(_word, _state);
                _wordOffset = 0;
            }

            buffer[i] = _word[_wordOffset++];
        }

        _md5.AppendData(buffer[..count]);
        _position += count;
        if (_position == length && _finalMd5 is null)
        {
            _finalMd5 = Convert.ToHexStringLower(_md5.GetCurrentHash());
        }

        return count;
    }

    /// <summary>
    /// The MD5 of every byte read so far, lower-case hex (Glance's <c>checksum</c> once the stream is read to its end);
    /// still answers after an HTTP client disposed the stream it sent.
    /// </summary>
    public string Md5() => _finalMd5 ?? Convert.ToHexStringLower(_md5.GetCurrentHash());

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _md5.Dispose();
        }

        base.Dispose(disposing);
    }
}
