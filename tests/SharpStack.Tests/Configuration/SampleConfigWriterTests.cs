using Microsoft.Extensions.Configuration;
using SharpStack.Composition;
using SharpStack.Configuration;

namespace SharpStack.Tests.Configuration;

public sealed class SampleConfigWriterTests
{
    [Fact]
    public void Write_EverySchemaOption_AppearsCommentedWithItsDefault()
    {
        var sample = SampleConfigWriter.Write(ConfigurationSchema.Sample(CloudComposition.Default));

        foreach (var option in ConfigurationSchema.Sample(CloudComposition.Default).SelectMany(OptionDescriptors.Describe))
        {
            Assert.Contains($"#{option.Key} = {option.DefaultValue}\n", sample, StringComparison.Ordinal);
        }

        Assert.Contains("[DEFAULT]\n", sample, StringComparison.Ordinal);
        Assert.Contains("#bind = 127.0.0.1\n", sample, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SampleWithCommentsRemoved_ParsesAsIniWithNoUnknownKeys()
    {
        var uncommented = string.Join('\n', SampleConfigWriter.Write(ConfigurationSchema.Sample(CloudComposition.Default))
            .Split('\n')
            .Where(line => !line.StartsWith("# ", StringComparison.Ordinal) && line != "#")
            .Select(line => line.StartsWith('#') ? line[1..] : line));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(uncommented));

        var configuration = new ConfigurationBuilder().AddIniStream(stream).Build();

        Assert.Empty(UnknownKeyFinder.Find(configuration, ConfigurationSchema.Sample(CloudComposition.Default)));
        Assert.Equal("127.0.0.1", configuration["DEFAULT:bind"]);
    }
}
