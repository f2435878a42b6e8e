namespace SharpStack.Image.Application.Images;

/// <summary>Glance's default <c>[image_format]</c> lists, which the image schema's enums and validation use.</summary>
internal static class ImageFormats
{
    public static IReadOnlyList<string> ContainerFormats { get; } = ["ami", "ari", "aki", "bare", "ovf", "ova", "docker", "compressed"];

    public static IReadOnlyList<string> DiskFormats { get; } = ["ami", "ari", "aki", "vhd", "vhdx", "vmdk", "raw", "qcow2", "vdi", "iso", "ploop"];
}
