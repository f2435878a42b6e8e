using System.CommandLine;
using SharpStack.Composition;

namespace SharpStack.Cli;

/// <summary><c>sharpstack up</c>: the whole cloud in this process, in the foreground.</summary>
internal static class UpCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var dataDir = new Option<DirectoryInfo?>("--data-dir") { Description = "Folder for databases, keys and client files (default ./data)." };
        var adminPassword = new Option<string?>("--admin-password") { Description = "Password of the admin user; generated and printed once when omitted on first start." };
        var bind = new Option<string?>("--bind") { Description = "IP address the APIs listen on (default 127.0.0.1)." };
        var computeDriver = new Option<string?>("--compute-driver") { Description = "Compute driver: fake or qemu (default fake)." };

        var command = new Command("up", "Start the all-in-one cloud in the foreground: every service, one agent of each kind, SQLite and the in-process bus.")
        {
            config, dataDir, adminPassword, bind, computeDriver,
        };
        command.SetAction((result, _) => CommandRunner.RunAsync(async () =>
        {
            var overrides = new Dictionary<string, string?>
            {
                ["DEFAULT:data_dir"] = result.GetValue(dataDir)?.FullName,
                ["DEFAULT:bind"] = result.GetValue(bind),
                ["compute:compute_driver"] = result.GetValue(computeDriver),
                ["DEFAULT:transport_url"] = "memory://",
            };
            using var shutdown = new ShutdownSignal();
            await EmbeddedCloud.RunAsync(result.GetValue(config), overrides, result.GetValue(adminPassword), shutdown);
            return 0;
        }));
        return command;
    }
}
