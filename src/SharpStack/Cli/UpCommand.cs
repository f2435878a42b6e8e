using System.CommandLine;
using SharpStack.Composition;
using Spectre.Console;

namespace SharpStack.Cli;

/// <summary><c>sharpstack up</c>: the whole cloud in this process, in the foreground.</summary>
internal static class UpCommand
{
    public static Command Create(CloudComposition composition)
    {
        var config = CommonOptions.Config();
        var host = CommonOptions.Host();
        var dataDir = new Option<DirectoryInfo?>("--data-dir") { Description = "Folder for databases, keys and client files (default ./data)." };
        var adminPassword = new Option<string?>("--admin-password") { Description = "Password of the admin user; generated and printed once when omitted on first start." };
        var bind = new Option<string?>("--bind") { Description = "IP address the APIs listen on (default 127.0.0.1)." };
        var computeDriver = new Option<string?>("--compute-driver") { Description = "Compute driver: fake or qemu (default fake)." };

        var command = new Command("up", "Start the all-in-one cloud in the foreground: every service, one agent of each kind, SQLite and the in-process bus.")
        {
            config, dataDir, adminPassword, bind, computeDriver, host,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var overrides = new Dictionary<string, string?>
            {
                ["DEFAULT:data_dir"] = result.GetValue(dataDir)?.FullName,
                ["DEFAULT:bind"] = result.GetValue(bind),
                ["DEFAULT:host"] = result.GetValue(host),
                ["compute:compute_driver"] = result.GetValue(computeDriver),
            };
            using var shutdown = new ShutdownSignal(cancellationToken);
            var request = new EmbeddedCloudRequest(result.GetValue(config), overrides, result.GetValue(adminPassword));
            EmbeddedCloud? cloud = null;
            if (!await StartupProgress.RunUntilStoppedAsync(
                async report => cloud = await EmbeddedCloud.StartAsync(composition, request, report, shutdown.Token), shutdown.Token))
            {
                return 0;
            }

            await using (cloud!)
            {
                ReadyMessage.Print(cloud!);
                await shutdown.WaitAsync();
                AnsiConsole.WriteLine("Stopping SharpStack");
            }

            return 0;
        }));
        return command;
    }
}
