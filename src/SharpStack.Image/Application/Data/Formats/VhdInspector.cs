using System.Buffers.Binary;

namespace SharpStack.Image.Application.Data.Formats;

/// <summary>
/// vhd (vpc): the 512-byte footer (<c>conectix</c>), copied at the start of dynamic disks and found at the end of
/// fixed ones. As qemu does, the size is the CHS geometry's unless the creator writes an exact current size.
/// </summary>
internal sealed class VhdInspector : DiskFormatInspector
{
    private const int FooterSize = 512;
    private static readonly string[] ExactSizeCreators = ["win ", "qem2", "d2v ", "CTXS", "tap\0"];
    private readonly CaptureRegion _head;
    private readonly byte[] _tail = new byte[FooterSize];
    private long _seen;

    public VhdInspector() => _head = Capture(0, FooterSize);

    public override void Feed(long position, ReadOnlySpan<byte> chunk)
    {
        base.Feed(position, chunk);
        if (chunk.Length >= FooterSize)
        {
            chunk[^FooterSize..].CopyTo(_tail);
        }
        else
        {
            _tail.AsSpan(chunk.Length).CopyTo(_tail);
            chunk.CopyTo(_tail.AsSpan(FooterSize - chunk.Length));
        }

        _seen = position + chunk.Length;
    }

    public override long? VirtualSize(long totalSize)
    {
        if (_head.IsComplete && IsFooter(_head.Data))
        {
            return SizeFromFooter(_head.Data);
        }

        return _seen >= FooterSize && IsFooter(_tail) ? SizeFromFooter(_tail) : null;
    }

    private static bool IsFooter(ReadOnlySpan<byte> footer) => footer.StartsWith("conectix"u8);

    private static long SizeFromFooter(ReadOnlySpan<byte> footer)
    {
        var currentSize = (long)BinaryPrimitives.ReadUInt64BigEndian(footer[48..]);
        var creator = System.Text.Encoding.ASCII.GetString(footer.Slice(28, 4));
        var cylinders = BinaryPrimitives.ReadUInt16BigEndian(footer[56..]);
        var chsSectors = (long)cylinders * footer[58] * footer[59];

        // qemu's vpc driver: geometry wins unless the creator is known to write an exact size, or the size is
        // beyond what CHS can express (65535 x 16 x 255 sectors).
        var exact = ExactSizeCreators.Contains(creator, StringComparer.Ordinal) || chsSectors >= 65535L * 16 * 255;
        return exact ? currentSize : chsSectors * 512;
    }
}
