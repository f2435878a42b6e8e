namespace SharpStack.Image.Application.Data.Formats;

/// <summary>Picks the inspector for an image's <c>disk_format</c>.</summary>
internal static class DiskFormatInspectors
{
    public static DiskFormatInspector For(string? diskFormat) => diskFormat switch
    {
        "raw" or "iso" => new RawInspector(),
        "qcow2" => new Qcow2Inspector(),
        "vmdk" => new VmdkInspector(),
        "vhd" => new VhdInspector(),
        "vhdx" => new VhdxInspector(),
        _ => new UnknownFormatInspector(),
    };
}
