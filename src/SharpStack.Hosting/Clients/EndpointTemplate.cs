namespace SharpStack.Hosting.Clients;

/// <summary>Fills in the project of an endpoint URL, as Keystone's catalog templates (<c>%(project_id)s</c>, <c>$(tenant_id)s</c>) expect.</summary>
internal static class EndpointTemplate
{
    private static readonly string[] Placeholders = ["%(project_id)s", "$(project_id)s", "%(tenant_id)s", "$(tenant_id)s"];

    public static bool HasPlaceholder(string url) => Placeholders.Any(placeholder => url.Contains(placeholder, StringComparison.Ordinal));

    /// <exception cref="InvalidOperationException">The URL needs a project and the call acts for none.</exception>
    public static string Expand(string url, string? projectId)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!HasPlaceholder(url))
        {
            return url;
        }

        if (projectId is null)
        {
            throw new InvalidOperationException($"The endpoint {url} needs a project id, and the call acts for no project.");
        }

        return Placeholders.Aggregate(url, (expanded, placeholder) => expanded.Replace(placeholder, projectId, StringComparison.Ordinal));
    }

    /// <summary>
    /// Keystone expands a catalog's templates with the project of the token, here the service project; a call made for
    /// a user's project needs that project in the URL instead (<c>/v3/{project}</c>, <c>/v1/AUTH_{project}</c>).
    /// </summary>
    public static string Reproject(string url, string? tokenProjectId, string? actingProjectId)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (tokenProjectId is null || actingProjectId is null || tokenProjectId == actingProjectId || tokenProjectId.Length < 8)
        {
            return url;
        }

        var uri = new Uri(url);
        var path = uri.AbsolutePath.Replace(tokenProjectId, actingProjectId, StringComparison.Ordinal);
        return path == uri.AbsolutePath ? url : uri.GetLeftPart(UriPartial.Authority) + path + uri.Query;
    }
}
