using Microsoft.Extensions.Configuration;

namespace SharpStack.Configuration;

/// <summary>Finds configuration keys that no options class declares, so typos are reported instead of ignored.</summary>
internal static class UnknownKeyFinder
{
    public static IReadOnlyList<string> Find(IConfiguration configuration, IEnumerable<OptionsSection> sections)
    {
        var known = sections
            .SelectMany(OptionDescriptors.Describe)
            .Select(option => $"{option.Section}:{option.Key}")
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var knownSections = known.Select(key => key[..key.IndexOf(':', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var unknown = new List<string>();
        foreach (var section in configuration.GetChildren())
        {
            if (!knownSections.Contains(section.Key))
            {
                unknown.Add($"[{section.Key}]");
                continue;
            }

            unknown.AddRange(section.GetChildren()
                .Where(key => !known.Contains($"{section.Key}:{key.Key}"))
                .Select(key => $"[{section.Key}] {key.Key}"));
        }

        return unknown;
    }
}
