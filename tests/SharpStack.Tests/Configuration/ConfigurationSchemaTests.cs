using System.Reflection;
using Microsoft.Extensions.Configuration;
using SharpStack.Composition;
using SharpStack.Configuration;
using SharpStack.Tests.Composition.Echo;

namespace SharpStack.Tests.Configuration;

public sealed class ConfigurationSchemaTests
{
    [Fact]
    public void Sample_EveryOptionsClassOfTheBuild_BelongsToTheProcessOrToAnEntry()
    {
        var inSchema = ConfigurationSchema.Sample(CloudComposition.Default).Select(section => section.OptionsType).ToHashSet();

        var optionsClasses = typeof(CloudComposition).Assembly.GetReferencedAssemblies()
            .Where(name => name.Name!.StartsWith("SharpStack", StringComparison.Ordinal))
            .Select(Assembly.Load)
            .Append(typeof(CloudComposition).Assembly)
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => !type.IsAbstract && type.GetProperties().Any(property => property.GetCustomAttribute<ConfigurationKeyNameAttribute>() is not null))
            .Except(ConfigurationSchema.PerCalledServiceTypes)
            .ToList();

        Assert.NotEmpty(optionsClasses);
        Assert.All(optionsClasses, type => Assert.True(inSchema.Contains(type), $"{type.FullName} is bound from the configuration but no entry of the composition declares it."));
    }

    [Fact]
    public void Sample_ServiceThatCallsAnother_HasTheCalledServicesClientSection()
    {
        var caller = EchoService.Definition with { ClientSections = ["placement"] };
        var composition = CloudComposition.Default.With(caller);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("placement:endpoint_override", "http://placement.example:8778")]).Build();

        Assert.Contains("[placement]\n\n# ", SampleConfigWriter.Write(ConfigurationSchema.Sample(composition)), StringComparison.Ordinal);
        Assert.Contains("endpoint_override", SampleConfigWriter.Write(ConfigurationSchema.Sample(composition)), StringComparison.Ordinal);
        Assert.Empty(UnknownKeyFinder.Find(configuration, ConfigurationSchema.For(composition, configuration)));
        Assert.Equal(["[placement]"], UnknownKeyFinder.Find(configuration, ConfigurationSchema.For(CloudComposition.Default, configuration)));
    }

    [Fact]
    public void Sample_EveryService_HasItsPortSection()
    {
        var sample = SampleConfigWriter.Write(ConfigurationSchema.Sample(CloudComposition.Default.With(EchoService.Definition)));

        Assert.All(CloudComposition.Default.Services.Append(EchoService.Definition), service =>
            Assert.Contains($"[{service.Name}]\n\n# TCP port", sample, StringComparison.Ordinal));
    }

    [Fact]
    public void For_AgentKindsSection_IsKnownOnlyWhenTheKindIsRegistered()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("agent_echo:topic", "elsewhere")]).Build();
        var withAgent = CloudComposition.Default.WithAgent("identity", EchoAgent.Definition());

        Assert.Empty(UnknownKeyFinder.Find(configuration, ConfigurationSchema.For(withAgent, configuration)));
        Assert.Equal(["[agent_echo]"], UnknownKeyFinder.Find(configuration, ConfigurationSchema.For(CloudComposition.Default, configuration)));
        Assert.Contains("[agent_echo]\n\n# Bus topic the echo agent serves.\n", SampleConfigWriter.Write(ConfigurationSchema.Sample(withAgent)), StringComparison.Ordinal);
    }
}
