using SharpStack.Common;
using SharpStack.Identity;
using SharpStack.Identity.Application;
using SharpStack.Image;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Persistence;

namespace SharpStack.Composition;

/// <summary>Every service this build of SharpStack contains, in start-up order.</summary>
internal static class ServiceRegistry
{
    public static IReadOnlyList<ServiceDefinition> All { get; } =
    [
        new(ServiceNames.Identity, "identity", "keystone", 5000, "/v3",
            builder => builder.AddIdentity(), app => app.MapIdentityApi(), services => services.AddIdentityApplication()),
        new(ServiceNames.Image, "image", "glance", 9292, "",
            builder => builder.AddImage(), app => app.MapImageApi(), services => services.AddImagePersistence(),
            ImageQuotaResources.UnlimitedDefaults),
    ];

    public static IReadOnlyList<ServiceDefinition> Select(string? commaSeparatedNames)
    {
        if (string.IsNullOrWhiteSpace(commaSeparatedNames))
        {
            return All;
        }

        var selected = new List<ServiceDefinition>();
        foreach (var name in commaSeparatedNames.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var service = All.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new OperatorException(
                    $"There is no service named '{name}'; choose from {string.Join(", ", All.Select(s => s.Name))}.");
            selected.Add(service);
        }

        return selected;
    }
}
