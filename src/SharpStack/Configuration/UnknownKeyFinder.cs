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
        var knownSections = sections.Select(section => section.Name).Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(name => name, name => name, StringComparer.OrdinalIgnoreCase);

        var unknown = new List<string>();
        foreach (var section in configuration.GetChildren())
        {
            if (!knownSections.TryGetValue(section.Key, out var sectionName))
            {
                unknown.Add($"[{section.Key}]");
                continue;
            }

            // Environment variables arrive upper-cased; report them under the section's documented spelling.
            unknown.AddRange(section.GetChildren()
                .Where(key => !known.Contains($"{section.Key}:{key.Key}"))
                .Select(key => $"[{sectionName}] {key.Key}"));
        }

        return unknown;
    }
}
