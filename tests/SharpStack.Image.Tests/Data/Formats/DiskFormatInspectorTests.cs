using System.Buffers.Binary;
using System.Text;
using SharpStack.Image.Application.Data.Formats;

namespace SharpStack.Image.Tests.Data.Formats;

public sealed class DiskFormatInspectorTests
{
    private const long OneGiB = 1024L * 1024 * 1024;

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    [InlineData(1024 * 1024)]
    public void Qcow2_HeaderSize_IsTheVirtualSize(int chunk)
    {
        var image = new byte[64 * 1024];
        BinaryPrimitives.WriteUInt32BigEndian(image, 0x514649fb);
        BinaryPrimitives.WriteUInt32BigEndian(image.AsSpan(4), 3);
        BinaryPrimitives.WriteUInt64BigEndian(image.AsSpan(24), (ulong)OneGiB);

        Assert.Equal(OneGiB, Inspect("qcow2", image, chunk));
    }

    [Fact]
    public void Qcow2_WithoutMagic_IsUnknown() => Assert.Null(Inspect("qcow2", new byte[4096], 4096));

    [Theory]
    [InlineData(3)]
    [InlineData(65536)]
    public void Vmdk_SparseHeaderCapacity_IsTheVirtualSize(int chunk)
    {
        var image = new byte[128 * 1024];
        "KDMV"u8.CopyTo(image);
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(4), 1);
        BinaryPrimitives.WriteUInt64LittleEndian(image.AsSpan(12), (ulong)(OneGiB / 512));

        Assert.Equal(OneGiB, Inspect("vmdk", image, chunk));
    }

    [Fact]
    public void Vmdk_DescriptorFile_SumsItsExtents()
    {
        var descriptor = Encoding.ASCII.GetBytes(
            "# Disk DescriptorFile\nversion=1\nCID=fffffffe\ncreateType=\"twoGbMaxExtentSparse\"\n\n# Extent description\n"
            + "RW 4194304 SPARSE \"disk-s001.vmdk\"\nRW 2097152 SPARSE \"disk-s002.vmdk\"\n\nddb.adapterType = \"ide\"\n");

        Assert.Equal(6291456L * 512, Inspect("vmdk", descriptor, 10));
    }

    [Fact]
    public void Vhd_DynamicDiskFooterCopy_UsesGeometryAsQemu()
    {
        var image = new byte[4096];
        WriteVhdFooter(image, "qemu", currentSize: 999, cylinders: 2080, heads: 16, sectors: 63);

        Assert.Equal(2080L * 16 * 63 * 512, Inspect("vhd", image, 100));
    }

    [Fact]
    public void Vhd_FixedDiskFooterAtTheEndFromHyperV_UsesCurrentSize()
    {
        var image = new byte[(3 * 1024 * 1024) + 512];
        WriteVhdFooter(image.AsSpan(image.Length - 512), "win ", currentSize: 3 * 1024 * 1024, cylinders: 1, heads: 1, sectors: 1);

        Assert.Equal(3 * 1024 * 1024, Inspect("vhd", image, 1000));
    }

    [Theory]
    [InlineData(512)]
    [InlineData(1024 * 1024)]
    public void Vhdx_VirtualDiskSizeItem_IsTheVirtualSize(int chunk)
    {
        var image = new byte[(2 * 1024 * 1024) + (128 * 1024)];
        "vhdxfile"u8.CopyTo(image);
        var regions = image.AsSpan(192 * 1024);
        "regi"u8.CopyTo(regions);
        BinaryPrimitives.WriteUInt32LittleEndian(regions[8..], 2);
        new Guid("2DC27766-F623-4200-9D64-115E9BFD4A08").TryWriteBytes(regions[16..]);
        BinaryPrimitives.WriteUInt64LittleEndian(regions[32..], 1024 * 1024);
        new Guid("8B7CA206-4790-4B9A-B8FE-575F050F886E").TryWriteBytes(regions[48..]);
        BinaryPrimitives.WriteUInt64LittleEndian(regions[64..], 2 * 1024 * 1024);
        var metadata = image.AsSpan(2 * 1024 * 1024);
        "metadata"u8.CopyTo(metadata);
        BinaryPrimitives.WriteUInt16LittleEndian(metadata[10..], 1);
        new Guid("2FA54224-CD1B-4876-B211-5DBED83BF4B8").TryWriteBytes(metadata[32..]);
        BinaryPrimitives.WriteUInt32LittleEndian(metadata[48..], 65536);
        BinaryPrimitives.WriteUInt64LittleEndian(metadata[65536..], (ulong)(5 * OneGiB));

        Assert.Equal(5 * OneGiB, Inspect("vhdx", image, chunk));
    }

    [Fact]
    public void Raw_IsItsSize() => Assert.Equal(12345, Inspect("raw", new byte[12345], 1000));

    [Fact]
    public void UnreadFormat_IsUnknown() => Assert.Null(Inspect("ami", new byte[100], 10));

    private static long? Inspect(string format, byte[] image, int chunk)
    {
        var inspector = DiskFormatInspectors.For(format);
        for (var position = 0; position < image.Length; position += chunk)
        {
            inspector.Feed(position, image.AsSpan(position, Math.Min(chunk, image.Length - position)));
        }

        return inspector.VirtualSize(image.Length);
    }

    private static void WriteVhdFooter(Span<byte> footer, string creator, long currentSize, ushort cylinders, byte heads, byte sectors)
    {
        "conectix"u8.CopyTo(footer);
        Encoding.ASCII.GetBytes(creator).CopyTo(footer[28..]);
        BinaryPrimitives.WriteUInt64BigEndian(footer[40..], (ulong)currentSize);
        BinaryPrimitives.WriteUInt64BigEndian(footer[48..], (ulong)currentSize);
        BinaryPrimitives.WriteUInt16BigEndian(footer[56..], cylinders);
        footer[58] = heads;
        footer[59] = sectors;
    }
}
