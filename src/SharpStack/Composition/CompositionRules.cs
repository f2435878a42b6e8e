namespace SharpStack.Composition;

/// <summary>What makes a composition coherent: unique service names, ports and catalog types, and unique agent kinds.</summary>
internal static class CompositionRules
{
    public static void Check(CloudComposition composition)
    {
        Unique(composition.Services.Select(s => s.Name), "service name");
        Unique(composition.Services.Select(s => s.CatalogType), "catalog type");
        Unique(composition.Services.Select(s => s.DefaultPort.ToString(System.Globalization.CultureInfo.InvariantCulture)), "default port");
        Unique(composition.Agents.Select(a => a.Kind), "agent kind");
    }

    private static void Unique(IEnumerable<string> values, string what)
    {
        var duplicate = values.GroupBy(value => value, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two entries of the composition share the {what} {duplicate.Key}.");
        }
    }
}
