namespace SharpStack.Identity.Application;

/// <summary>Builds the nested policy targets Keystone passes to its rules, e.g. <c>target.user.domain_id</c>.</summary>
internal static class PolicyTargets
{
    public static Dictionary<string, object?> Of(string member, params (string Key, object? Value)[] values)
    {
        var inner = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            inner[key] = value;
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["target"] = new Dictionary<string, object?>(StringComparer.Ordinal) { [member] = inner },
        };
    }

    public static Dictionary<string, object?> Merge(params Dictionary<string, object?>[] targets)
    {
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        var inner = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            foreach (var (key, value) in target)
            {
                if (key == "target" && value is Dictionary<string, object?> members)
                {
                    foreach (var (member, data) in members)
                    {
                        inner[member] = data;
                    }
                }
                else
                {
                    merged[key] = value;
                }
            }
        }

        merged["target"] = inner;
        return merged;
    }

    /// <summary>A flat <c>target.domain_id</c>, as Keystone's list calls pass the domain filter.</summary>
    public static Dictionary<string, object?> DomainFilter(string? domainId) =>
        domainId is null ? [] : new Dictionary<string, object?>(StringComparer.Ordinal) { ["target.domain_id"] = domainId };
}
