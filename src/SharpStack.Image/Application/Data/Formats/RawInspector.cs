namespace SharpStack.Image.Application.Data.Formats;

/// <summary>raw and iso: the virtual size is the data's size, as qemu-img reports for raw.</summary>
internal sealed class RawInspector : DiskFormatInspector
{
    public override void Feed(long position, ReadOnlySpan<byte> chunk)
    {
    }

    public override long? VirtualSize(long totalSize) => totalSize;
}
