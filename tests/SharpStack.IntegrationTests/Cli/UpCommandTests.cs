using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using SharpStack.Testing.Clouds;

namespace SharpStack.IntegrationTests.Cli;

public sealed class UpCommandTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("sharpstack-up");
    private readonly CloudPorts _ports = new();
    private readonly HttpClient _http = new();

    [Fact]
    public async Task Up_FreshDataDirectory_ServesIdentityVersionDocuments()
    {
        await using var cloud = StartUp("--admin-password", "secret");
        await cloud.WaitUntilReadyAsync(StartTimeout);

        using var root = await _http.GetAsync(IdentityUrl("/"));
        using var rootBody = JsonDocument.Parse(await root.Content.ReadAsStringAsync());
        using var v3 = await _http.GetAsync(IdentityUrl("/v3"));
        using var v3Body = JsonDocument.Parse(await v3.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.MultipleChoices, root.StatusCode);
        var listed = rootBody.RootElement.GetProperty("versions").GetProperty("values")[0];
        Assert.Equal("v3.14", listed.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, v3.StatusCode);
        var version = v3Body.RootElement.GetProperty("version");
        Assert.Equal("v3.14", version.GetProperty("id").GetString());
        Assert.Equal("stable", version.GetProperty("status").GetString());
        Assert.Equal(IdentityUrl("/v3/"), version.GetProperty("links")[0].GetProperty("href").GetString());
        Assert.Equal("application/vnd.openstack.identity-v3+json", version.GetProperty("media-types")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Up_FreshDataDirectory_WritesCloudsYamlAndOpenrc()
    {
        await using var cloud = StartUp("--admin-password", "secret");
        await cloud.WaitUntilReadyAsync(StartTimeout);

        var clouds = await File.ReadAllTextAsync(DataFile("clouds.yaml"));
        var openrc = await File.ReadAllTextAsync(DataFile("openrc"));
        Assert.Contains("  sharpstack:\n", clouds, StringComparison.Ordinal);
        Assert.Contains($"auth_url: '{IdentityUrl("/v3")}'", clouds, StringComparison.Ordinal);
        Assert.Contains("export OS_PASSWORD='secret'", openrc, StringComparison.Ordinal);
        Assert.Contains($"source {DataFile("openrc")}", cloud.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_Sigterm_StopsCleanlyAndStartsAgainOnTheSameData()
    {
        await using (var first = StartUp("--admin-password", "secret"))
        {
            await first.WaitUntilReadyAsync(StartTimeout);
            await first.TerminateAsync();
            Assert.Equal(0, await first.WaitForExitAsync(StopTimeout));
        }

        await using var second = StartUp();
        await second.WaitUntilReadyAsync(StartTimeout);

        using var response = await _http.GetAsync(IdentityUrl("/v3"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("export OS_PASSWORD='secret'", await File.ReadAllTextAsync(DataFile("openrc")), StringComparison.Ordinal);
        Assert.DoesNotContain("admin password is", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_WithoutAdminPassword_GeneratesOneAndPrintsItOnce()
    {
        await using var cloud = StartUp();
        await cloud.WaitForLineAsync("SharpStack is ready", StartTimeout);
        var line = await cloud.WaitForLineAsync("  The admin password is ", StartTimeout);

        var password = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[4];
        Assert.Equal(20, password.Length);
        Assert.Contains($"export OS_PASSWORD='{password}'", await File.ReadAllTextAsync(DataFile("openrc")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_DataDirectoryInUse_FailsWithOneSentenceAndLeavesTheFirstRunning()
    {
        await using var first = StartUp("--admin-password", "secret");
        await first.WaitUntilReadyAsync(StartTimeout);

        await using var second = StartUp();
        var exitCode = await second.WaitForExitAsync(StartTimeout);

        Assert.Equal(1, exitCode);
        Assert.Contains($"error: The data folder {_dataDirectory.FullName} is already in use by another SharpStack (process {first.Id})", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", second.Output, StringComparison.Ordinal);
        using var response = await _http.GetAsync(IdentityUrl("/v3"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Up_PortInUse_FailsWithOneSentenceNamingTheFix()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, _ports["identity"]);
        squatter.Start();

        await using var cloud = StartUp("--admin-password", "secret");
        var exitCode = await cloud.WaitForExitAsync(StartTimeout);

        Assert.Equal(1, exitCode);
        Assert.Contains($"error: identity cannot listen on http://127.0.0.1:{_ports["identity"]} because the port is already in use; stop the program using it or set [identity] port in the configuration.", cloud.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", cloud.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_UnknownConfigurationKey_IsReported()
    {
        var config = Path.Combine(_dataDirectory.FullName, "sharpstack.conf");
        await File.WriteAllTextAsync(config, "[identity]\nprot = 5000\n");

        await using var cloud = StartUp("--config", config, "--admin-password", "secret");
        await cloud.WaitUntilReadyAsync(StartTimeout);

        Assert.Contains("warning: Unknown configuration option [identity] prot is ignored", cloud.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_UnknownComputeDriver_FailsWithOneSentence()
    {
        await using var cloud = StartUp("--admin-password", "secret", "--compute-driver", "xen");
        var exitCode = await cloud.WaitForExitAsync(StartTimeout);

        Assert.Equal(1, exitCode);
        Assert.Contains("error: compute_driver = xen is not a compute driver; use one of fake, qemu.", cloud.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_InvalidServiceOption_FailsWithOneSentence()
    {
        var config = Path.Combine(_dataDirectory.FullName, "sharpstack.conf");
        await File.WriteAllTextAsync(config, "[DEFAULT]\nhashing_algorithm = md5\n");

        await using var cloud = StartUp("--config", config, "--admin-password", "secret");
        var exitCode = await cloud.WaitForExitAsync(StartTimeout);

        Assert.Equal(1, exitCode);
        Assert.Contains("error: [DEFAULT] hashing_algorithm 'md5' is not supported; use one of sha256, sha384, sha512.", cloud.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", cloud.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _http.Dispose();
        _dataDirectory.Delete(recursive: true);
    }

    private SharpStackProcess StartUp(params string[] arguments) =>
        SharpStackProcess.Start(
            ["up", "--data-dir", _dataDirectory.FullName, .. arguments],
            _ports.Environment());

    private string IdentityUrl(string path) => $"http://127.0.0.1:{_ports["identity"]}{path}";

    private string DataFile(string name) => Path.Combine(_dataDirectory.FullName, name);
}
