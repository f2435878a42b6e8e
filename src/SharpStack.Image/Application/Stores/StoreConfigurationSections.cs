using Microsoft.Extensions.Configuration;

namespace SharpStack.Image.Application.Stores;

/// <summary>The configuration sections that hold per-store options: one per id in <c>enabled_backends</c>, plus the staging area's.</summary>
public static class StoreConfigurationSections
{
    /// <summary>The section names, read from <paramref name="configuration"/>; an unparsable list yields only the staging section.</summary>
    public static IReadOnlyList<string> Names(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var enabled = configuration[$"{StoreBackendsOptions.SectionName}:enabled_backends"] ?? new StoreBackendsOptions().EnabledBackends;
        try
        {
            return [.. EnabledBackends.Parse(enabled).Select(backend => backend.Id), FileStoreOptions.StagingSectionName];
        }
        catch (InvalidOperationException)
        {
            return [FileStoreOptions.StagingSectionName];
        }
    }
}
