using System.Globalization;
using SharpStack.Common.Faults;

namespace SharpStack.Image.Application.Data;

/// <summary>
/// One range of a <c>Range: bytes=…</c> header as webob parses it for Glance: <c>first-last</c>, <c>first-</c>
/// or a suffix <c>-count</c>. Several ranges are not supported and mean the whole image.
/// </summary>
internal sealed record ByteRange(long? First, long? Last, long? Suffix)
{
    /// <summary>Parses the header; null when absent, malformed or asking for several ranges (the whole image is sent).</summary>
    public static ByteRange? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || !header.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var spec = header["bytes=".Length..].Trim();
        if (spec.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        var dash = spec.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return null;
        }

        var first = spec[..dash].Trim();
        var last = spec[(dash + 1)..].Trim();
        if (first.Length == 0)
        {
            return TryNumber(last, out var suffix) && suffix > 0 ? new ByteRange(null, null, suffix) : null;
        }

        if (!TryNumber(first, out var start))
        {
            return null;
        }

        if (last.Length == 0)
        {
            return new ByteRange(start, null, null);
        }

        return TryNumber(last, out var end) && end >= start ? new ByteRange(start, end, null) : null;
    }

    /// <summary>The offset and length within an image of <paramref name="size"/> bytes; 416 when the range lies outside it.</summary>
    public (long Offset, long Length) Resolve(long size)
    {
        if (Suffix is { } suffix)
        {
            var count = Math.Min(suffix, size);
            return count == 0 ? throw Unsatisfiable() : (size - count, count);
        }

        var start = First!.Value;
        if (start >= size)
        {
            throw Unsatisfiable();
        }

        var end = Math.Min(Last ?? (size - 1), size - 1);
        return (start, end - start + 1);
    }

    private static OpenStackException Unsatisfiable() => new(416, "Requested range not satisfiable");

    private static bool TryNumber(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
