using SharpStack.Configuration;

namespace SharpStack.Tests.Configuration;

public sealed class SharpStackConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sharpstack-config").FullName;

    [Fact]
    public void Load_IniFile_ReadsSectionsAsOperatorsWriteThem()
    {
        var file = WriteConfig("[DEFAULT]\n# comment\nbind = 10.0.0.5\n\n[identity]\nport = 35357\n");

        var configuration = SharpStackConfiguration.Load(file, new Dictionary<string, string?>());

        Assert.Equal("10.0.0.5", configuration["DEFAULT:bind"]);
        Assert.Equal("35357", configuration["identity:port"]);
    }

    [Fact]
    public void Load_EnvironmentVariable_OverridesFileAndCommandLineOverridesBoth()
    {
        var file = WriteConfig("[identity]\nport = 1\n[DEFAULT]\nbind = 10.0.0.1\n");
        Environment.SetEnvironmentVariable("SHARPSTACK__IDENTITY__PORT", "2");
        Environment.SetEnvironmentVariable("SHARPSTACK__DEFAULT__BIND", "10.0.0.2");
        try
        {
            var configuration = SharpStackConfiguration.Load(file, new Dictionary<string, string?> { ["DEFAULT:bind"] = "10.0.0.3" });

            Assert.Equal("2", configuration["identity:port"]);
            Assert.Equal("10.0.0.3", configuration["DEFAULT:bind"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SHARPSTACK__IDENTITY__PORT", null);
            Environment.SetEnvironmentVariable("SHARPSTACK__DEFAULT__BIND", null);
        }
    }

    [Fact]
    public void Load_MissingFile_ThrowsOperatorErrorNamingThePath()
    {
        var missing = new FileInfo(Path.Combine(_folder, "absent.conf"));

        var error = Assert.Throws<OperatorException>(() => SharpStackConfiguration.Load(missing, new Dictionary<string, string?>()));

        Assert.Contains(missing.FullName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedIni_ThrowsOperatorError()
    {
        var file = WriteConfig("[identity\nport = 1\n");

        Assert.Throws<OperatorException>(() => SharpStackConfiguration.Load(file, new Dictionary<string, string?>()));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private FileInfo WriteConfig(string text)
    {
        var path = Path.Combine(_folder, "sharpstack.conf");
        File.WriteAllText(path, text);
        return new FileInfo(path);
    }
}
