using System.Text.Json;
using SharpStack.Composition;
using SharpStack.Testing;

namespace SharpStack.Tests.Composition;

/// <summary>The conformance runner finds the services in the live catalog by tempest's names for catalog types; every type SharpStack registers must have one.</summary>
public sealed class ConformanceServicesTests
{
    [Fact]
    public void TempestServices_EveryRegisteredCatalogType_HasATempestName()
    {
        using var vocabulary = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "conformance", "lib", "tempest_services.json")));
        var known = vocabulary.RootElement.GetProperty("services").EnumerateObject()
            .SelectMany(service => service.Value.GetProperty("types").EnumerateArray().Select(type => type.GetString()))
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(CloudComposition.Default.Services, service => Assert.True(
            known.Contains(service.CatalogType),
            $"conformance/lib/tempest_services.json has no tempest service for catalog type {service.CatalogType}; add it so that conformance/run.sh finds {service.Name}."));
    }
}
