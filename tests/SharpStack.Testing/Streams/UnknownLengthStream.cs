namespace SharpStack.Testing.Streams;

/// <summary>A readable stream that hides its length, so HttpClient sends it chunked; it can fail after some bytes, as a client that goes away.</summary>
public sealed class UnknownLengthStream(byte[] data, int failAfter = int.MaxValue) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position >= failAfter)
        {
            throw new IOException("The client went away.");
        }

        var length = Math.Min(Math.Min(count, data.Length - _position), 64 * 1024);
        Array.Copy(data, _position, buffer, offset, length);
        _position += length;
        return length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
