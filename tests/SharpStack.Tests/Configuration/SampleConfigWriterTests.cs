using Microsoft.Extensions.Configuration;
using SharpStack.Configuration;

namespace SharpStack.Tests.Configuration;

public sealed class SampleConfigWriterTests
{
    [Fact]
    public void Write_EverySchemaOption_AppearsCommentedWithItsDefault()
    {
        var sample = SampleConfigWriter.Write(ConfigurationSchema.Sections);

        foreach (var option in ConfigurationSchema.Sections.SelectMany(OptionDescriptors.Describe))
        {
            Assert.Contains($"#{option.Key} = {option.DefaultValue}\n", sample, StringComparison.Ordinal);
        }

        Assert.Contains("[DEFAULT]\n", sample, StringComparison.Ordinal);
        Assert.Contains("#bind = 127.0.0.1\n", sample, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SampleWithCommentsRemoved_ParsesAsIniWithNoUnknownKeys()
    {
        var uncommented = string.Join('\n', SampleConfigWriter.Write(ConfigurationSchema.Sections)
            .Split('\n')
            .Where(line => !line.StartsWith("# ", StringComparison.Ordinal) && line != "#")
            .Select(line => line.StartsWith('#') ? line[1..] : line));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(uncommented));

        var configuration = new ConfigurationBuilder().AddIniStream(stream).Build();

        Assert.Empty(UnknownKeyFinder.Find(configuration, ConfigurationSchema.Sections));
        Assert.Equal("127.0.0.1", configuration["DEFAULT:bind"]);
    }
}
