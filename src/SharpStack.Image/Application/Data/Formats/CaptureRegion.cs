namespace SharpStack.Image.Application.Data.Formats;

/// <summary>A byte range of the image that an inspector asked to see, filled as the stream passes over it.</summary>
internal sealed class CaptureRegion(long offset, int length)
{
    private readonly byte[] _data = new byte[length];

    public long Offset => offset;

    public int Filled { get; private set; }

    public bool IsComplete => Filled == _data.Length;

    /// <summary>The bytes captured so far (all of them once complete; a prefix when the image ended early).</summary>
    public ReadOnlySpan<byte> Data => _data.AsSpan(0, Filled);

    /// <summary>Copies what <paramref name="chunk"/> (starting at image offset <paramref name="position"/>) holds of the next missing bytes.</summary>
    public bool Take(long position, ReadOnlySpan<byte> chunk)
    {
        var next = offset + Filled;
        if (IsComplete || next < position || next >= position + chunk.Length)
        {
            return false;
        }

        var from = (int)(next - position);
        var count = Math.Min(_data.Length - Filled, chunk.Length - from);
        chunk.Slice(from, count).CopyTo(_data.AsSpan(Filled));
        Filled += count;
        return IsComplete;
    }
}
