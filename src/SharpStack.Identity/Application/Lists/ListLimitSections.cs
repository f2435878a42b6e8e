namespace SharpStack.Identity.Application.Lists;

/// <summary>The keystone.conf sections with a <c>list_limit</c>, each the limit of one backend's collections.</summary>
public static class ListLimitSections
{
    public const string Default = "DEFAULT";

    /// <summary>Users and groups.</summary>
    public const string Identity = "identity";

    /// <summary>Projects and domains.</summary>
    public const string Resource = "resource";

    /// <summary>The deprecated name of <see cref="Resource"/>'s limit, read when <see cref="Resource"/> has none.</summary>
    public const string Assignment = "assignment";

    public const string Role = "role";

    /// <summary>Regions, services and endpoints.</summary>
    public const string Catalog = "catalog";

    /// <summary>Registered limits and limits.</summary>
    public const string UnifiedLimit = "unified_limit";

    public static IReadOnlyList<string> All { get; } = [Default, Identity, Resource, Assignment, Role, Catalog, UnifiedLimit];
}
