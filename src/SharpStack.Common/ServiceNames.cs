namespace SharpStack.Common;

/// <summary>The OpenStack service types SharpStack implements, as they appear in the catalog.</summary>
public static class ServiceNames
{
    public const string Identity = "identity";
    public const string Image = "image";
    public const string Compute = "compute";
    public const string Placement = "placement";
    public const string BlockStorage = "block-storage";
    public const string Network = "network";
    public const string ObjectStorage = "object-store";
}
