namespace SharpStack.Image.Application.Images;

/// <summary>Glance's attribute classes (glance/api/v2/images.py RequestDeserializer, glance/domain ImageFactory).</summary>
internal static class ImageAttributes
{
    /// <summary>Attributes a create body may not carry at all (403 read-only).</summary>
    public static IReadOnlySet<string> Disallowed { get; } = new HashSet<string>(StringComparer.Ordinal) { "direct_url", "self", "file", "schema", "stores" };

    /// <summary>Attributes only Glance sets (403 read-only).</summary>
    public static IReadOnlySet<string> ReadOnly { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "created_at", "updated_at", "status", "checksum", "size", "virtual_size", "direct_url", "self", "file", "schema", "id",
        "os_hash_algo", "os_hash_value",
    };

    /// <summary>Names that can never be custom properties (403 reserved).</summary>
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string>(StringComparer.Ordinal) { "location", "deleted", "deleted_at" };

    /// <summary>Names the image factory refuses as custom properties at create (403 reserved).</summary>
    public static IReadOnlySet<string> ReservedAtCreate { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "owner", "locations", "deleted", "deleted_at", "direct_url", "self", "file", "schema",
    };

    /// <summary>The prefix of properties Glance keeps for itself (<c>os_glance_import_task</c> ...).</summary>
    public const string ReservedNamespace = "os_glance";

    /// <summary>The core attributes: the rest of a body are custom properties.</summary>
    public static IReadOnlySet<string> Core { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "checksum", "created_at", "container_format", "disk_format", "id", "min_disk", "min_ram", "name", "size",
        "virtual_size", "status", "tags", "owner", "updated_at", "visibility", "protected", "os_hidden",
        "os_hash_algo", "os_hash_value",
    };

    public static bool IsReservedName(string name) =>
        Reserved.Contains(name) || name.StartsWith(ReservedNamespace, StringComparison.Ordinal);
}
