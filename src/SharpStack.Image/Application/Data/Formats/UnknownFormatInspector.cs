namespace SharpStack.Image.Application.Data.Formats;

/// <summary>Formats whose header is not read (ami, aki, ari, ploop, unset): the virtual size stays unknown.</summary>
internal sealed class UnknownFormatInspector : DiskFormatInspector
{
    public override void Feed(long position, ReadOnlySpan<byte> chunk)
    {
    }

    public override long? VirtualSize(long totalSize) => null;
}
