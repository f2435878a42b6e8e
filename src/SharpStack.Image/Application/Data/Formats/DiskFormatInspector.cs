namespace SharpStack.Image.Application.Data.Formats;

/// <summary>
/// Reads a disk format's virtual size from the few header bytes it needs while the image streams past, as
/// <c>qemu-img info</c> would report it, without keeping the image. A region asked for after the stream passed it
/// stays empty, and the size is then unknown (null).
/// </summary>
internal abstract class DiskFormatInspector
{
    private readonly List<CaptureRegion> _regions = [];

    /// <summary>Shows the inspector the next chunk of the image, which starts at image offset <paramref name="position"/>.</summary>
    public virtual void Feed(long position, ReadOnlySpan<byte> chunk)
    {
        for (var index = 0; index < _regions.Count; index++)
        {
            // A completed region may ask for more regions; those are appended and still see this chunk.
            var region = _regions[index];
            if (region.Take(position, chunk))
            {
                OnCaptured(region);
            }
        }
    }

    /// <summary>The virtual size in bytes once the whole image of <paramref name="totalSize"/> bytes was fed; null when unknown.</summary>
    public abstract long? VirtualSize(long totalSize);

    protected CaptureRegion Capture(long offset, int length)
    {
        var region = new CaptureRegion(offset, length);
        _regions.Add(region);
        return region;
    }

    protected virtual void OnCaptured(CaptureRegion region)
    {
    }
}
