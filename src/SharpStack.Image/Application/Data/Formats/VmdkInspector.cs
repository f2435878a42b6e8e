using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace SharpStack.Image.Application.Data.Formats;

/// <summary>
/// vmdk: a sparse extent's header (<c>KDMV</c>) gives the capacity in 512-byte sectors at offset 12; a text
/// descriptor (<c># Disk DescriptorFile</c>) gives it as the sum of its extent lines, as qemu-img counts them.
/// </summary>
internal sealed class VmdkInspector : DiskFormatInspector
{
    private const uint SparseMagic = 0x564d444b; // "KDMV" read little-endian
    private const int SectorSize = 512;
    private const int DescriptorLimit = 64 * 1024;
    private static readonly string[] ExtentAccess = ["RW", "RDONLY", "NOACCESS"];
    private readonly CaptureRegion _start;

    public VmdkInspector() => _start = Capture(0, DescriptorLimit);

    public override long? VirtualSize(long totalSize)
    {
        var start = _start.Data;
        if (start.Length >= 20 && BinaryPrimitives.ReadUInt32LittleEndian(start) == SparseMagic)
        {
            return checked((long)BinaryPrimitives.ReadUInt64LittleEndian(start[12..]) * SectorSize);
        }

        return start.StartsWith("# Disk DescriptorFile"u8) ? DescriptorExtentsSize(Encoding.ASCII.GetString(start)) : null;
    }

    private static long? DescriptorExtentsSize(string descriptor)
    {
        long sectors = 0;
        var found = false;
        foreach (var line in descriptor.Split('\n', StringSplitOptions.TrimEntries))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 3 && ExtentAccess.Contains(fields[0], StringComparer.Ordinal)
                && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var extent))
            {
                sectors += extent;
                found = true;
            }
        }

        return found ? sectors * SectorSize : null;
    }
}
