using System.Buffers.Binary;

namespace SharpStack.Image.Application.Data.Formats;

/// <summary>
/// vhdx: the signature <c>vhdxfile</c>, the region table at 192 KiB locates the metadata region, whose table
/// locates the Virtual Disk Size item (a little-endian 64-bit integer).
/// </summary>
internal sealed class VhdxInspector : DiskFormatInspector
{
    private const long RegionTableOffset = 192 * 1024;
    private const int RegionTableSize = 64 * 1024;
    private const int MetadataTableSize = 64 * 1024;
    private static readonly Guid MetadataRegion = new("8B7CA206-4790-4B9A-B8FE-575F050F886E");
    private static readonly Guid VirtualDiskSizeItem = new("2FA54224-CD1B-4876-B211-5DBED83BF4B8");
    private readonly CaptureRegion _signature;
    private CaptureRegion? _metadataTable;
    private CaptureRegion? _virtualDiskSize;
    private long _metadataOffset;

    public VhdxInspector()
    {
        _signature = Capture(0, 8);
        Capture(RegionTableOffset, RegionTableSize);
    }

    public override long? VirtualSize(long totalSize) =>
        _signature.IsComplete && _signature.Data.SequenceEqual("vhdxfile"u8) && _virtualDiskSize is { IsComplete: true } item
            ? (long)BinaryPrimitives.ReadUInt64LittleEndian(item.Data)
            : null;

    protected override void OnCaptured(CaptureRegion region)
    {
        if (region.Offset == RegionTableOffset && _metadataTable is null)
        {
            FindMetadataRegion(region.Data);
        }
        else if (ReferenceEquals(region, _metadataTable))
        {
            FindVirtualDiskSize(region.Data);
        }
    }

    private void FindMetadataRegion(ReadOnlySpan<byte> table)
    {
        if (!table.StartsWith("regi"u8))
        {
            return;
        }

        var entries = BinaryPrimitives.ReadUInt32LittleEndian(table[8..]);
        for (var index = 0; index < entries && 16 + ((index + 1) * 32) <= table.Length; index++)
        {
            var entry = table.Slice(16 + (index * 32), 32);
            if (new Guid(entry[..16]) == MetadataRegion)
            {
                _metadataOffset = (long)BinaryPrimitives.ReadUInt64LittleEndian(entry[16..]);
                _metadataTable = Capture(_metadataOffset, MetadataTableSize);
                return;
            }
        }
    }

    private void FindVirtualDiskSize(ReadOnlySpan<byte> table)
    {
        if (!table.StartsWith("metadata"u8))
        {
            return;
        }

        var entries = BinaryPrimitives.ReadUInt16LittleEndian(table[10..]);
        for (var index = 0; index < entries && 32 + ((index + 1) * 32) <= table.Length; index++)
        {
            var entry = table.Slice(32 + (index * 32), 32);
            if (new Guid(entry[..16]) == VirtualDiskSizeItem)
            {
                _virtualDiskSize = Capture(_metadataOffset + BinaryPrimitives.ReadUInt32LittleEndian(entry[16..]), 8);
                return;
            }
        }
    }
}
