using System.Buffers.Binary;

namespace SharpStack.Image.Application.Data.Formats;

/// <summary>qcow2: magic <c>QFI\xfb</c>, then the virtual size as a big-endian 64-bit integer at offset 24.</summary>
internal sealed class Qcow2Inspector : DiskFormatInspector
{
    private const uint Magic = 0x514649fb;
    private readonly CaptureRegion _header;

    public Qcow2Inspector() => _header = Capture(0, 32);

    public override long? VirtualSize(long totalSize)
    {
        var header = _header.Data;
        return _header.IsComplete && BinaryPrimitives.ReadUInt32BigEndian(header) == Magic
            ? (long)BinaryPrimitives.ReadUInt64BigEndian(header[24..])
            : null;
    }
}
