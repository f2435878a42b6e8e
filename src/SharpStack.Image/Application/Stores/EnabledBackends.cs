namespace SharpStack.Image.Application.Stores;

/// <summary>Parses <c>enabled_backends</c>: <c>id:kind</c> pairs separated by commas.</summary>
internal static class EnabledBackends
{
    public static IReadOnlyList<(string Id, string Kind)> Parse(string value)
    {
        var backends = new List<(string Id, string Kind)>();
        foreach (var entry in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(':', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new InvalidOperationException($"[DEFAULT] enabled_backends entry '{entry}' is not id:kind, e.g. file:file.");
            }

            if (parts[0].StartsWith("os_glance_", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"[DEFAULT] enabled_backends: the store id {parts[0]} is reserved (os_glance_ prefix).");
            }

            if (backends.Any(backend => backend.Id == parts[0]))
            {
                throw new InvalidOperationException($"[DEFAULT] enabled_backends names store {parts[0]} twice.");
            }

            backends.Add((parts[0], parts[1]));
        }

        return backends.Count > 0
            ? backends
            : throw new InvalidOperationException("[DEFAULT] enabled_backends names no store; the default is file:file.");
    }
}
