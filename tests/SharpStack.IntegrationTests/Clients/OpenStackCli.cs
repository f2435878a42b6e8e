using System.Diagnostics;
using System.Text.Json;

namespace SharpStack.IntegrationTests.Clients;

/// <summary>The real, unmodified <c>openstack</c> CLI from Debian's python3-openstackclient, pointed at a SharpStack cloud.</summary>
public sealed class OpenStackCli(string cloudsYaml, IReadOnlyDictionary<string, string>? extraEnvironment = null)
{
    private const string Executable = "/usr/bin/openstack";

    public async Task<CliResult> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(key => key.StartsWith("OS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["OS_CLIENT_CONFIG_FILE"] = cloudsYaml;
        start.Environment["OS_CLOUD"] = "sharpstack";
        foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            if (value.Length == 0)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Executable} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }

    /// <summary>
    /// The CLI as another user, through <c>OS_*</c> variables: with a cloud from clouds.yaml, openstacksdk keeps that
    /// cloud's project over a <c>--os-project-name</c> given on the command line.
    /// </summary>
    public static OpenStackCli AsUser(Uri authUrl, string user, string password, string project) => new("", new Dictionary<string, string>
    {
        ["OS_CLIENT_CONFIG_FILE"] = "",
        ["OS_CLOUD"] = "",
        ["OS_AUTH_URL"] = authUrl.ToString(),
        ["OS_USERNAME"] = user,
        ["OS_PASSWORD"] = password,
        ["OS_PROJECT_NAME"] = project,
        ["OS_USER_DOMAIN_NAME"] = "Default",
        ["OS_PROJECT_DOMAIN_NAME"] = "Default",
        ["OS_IDENTITY_API_VERSION"] = "3",
    });

    /// <summary>Runs a command with <c>-f json</c> and fails with the CLI's own words when it does not succeed.</summary>
    public async Task<JsonElement> JsonAsync(params string[] arguments)
    {
        var result = await RunAsync([.. arguments, "-f", "json"]);
        Assert.True(result.ExitCode == 0, $"openstack {string.Join(' ', arguments)} failed ({result.ExitCode}): {result.Error}{result.Output}");
        using var document = JsonDocument.Parse(result.Output);
        return document.RootElement.Clone();
    }

    public async Task SucceedsAsync(params string[] arguments)
    {
        var result = await RunAsync(arguments);
        Assert.True(result.ExitCode == 0, $"openstack {string.Join(' ', arguments)} failed ({result.ExitCode}): {result.Error}{result.Output}");
    }
}
