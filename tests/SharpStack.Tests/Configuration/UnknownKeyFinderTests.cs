using Microsoft.Extensions.Configuration;
using SharpStack.Composition;
using SharpStack.Configuration;

namespace SharpStack.Tests.Configuration;

public sealed class UnknownKeyFinderTests
{
    [Fact]
    public void Find_KnownKeysInAnyCase_ReportsNothing()
    {
        var configuration = Build(("DEFAULT:bind", "127.0.0.1"), ("default:DEBUG", "true"), ("identity:port", "5000"));

        Assert.Empty(UnknownKeyFinder.Find(configuration, ConfigurationSchema.Sample(CloudComposition.Default)));
    }

    [Fact]
    public void Find_MisspelledKeyAndUnknownSection_ReportsBoth()
    {
        var configuration = Build(("identity:prot", "5000"), ("nosuchservice:port", "1"));

        var unknown = UnknownKeyFinder.Find(configuration, ConfigurationSchema.Sample(CloudComposition.Default));

        Assert.Equal(["[identity] prot", "[nosuchservice]"], unknown);
    }

    private static IConfiguration Build(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(pairs.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)))
            .Build();
}
