using System.CommandLine;
using Microsoft.Extensions.Configuration;
using SharpStack.Composition;
using SharpStack.Configuration;
using SharpStack.Identity.Application.Tokens;

namespace SharpStack.Cli;

/// <summary><c>sharpstack identity</c>: Identity maintenance, as keystone-manage; for now <c>fernet-rotate</c>.</summary>
internal static class IdentityCommand
{
    public static Command Create(CloudComposition composition)
    {
        var command = new Command("identity", "Identity maintenance (keystone-manage).");
        command.Subcommands.Add(FernetRotate(composition));
        return command;
    }

    private static Command FernetRotate(CloudComposition composition)
    {
        var config = CommonOptions.Config();
        var command = new Command(
            "fernet-rotate",
            "Rotate the Fernet keys like keystone-manage fernet_rotate: the staged key (0) becomes the primary, a new key is staged, keys beyond max_active_keys are removed. Copy the folder to every Identity host afterwards.")
        {
            config,
        };
        command.SetAction((result, _) => CommandRunner.RunAsync(() =>
        {
            var configuration = ConfigurationLoader.Load(composition, result.GetValue(config), new Dictionary<string, string?>());
            var options = configuration.GetSection(FernetTokensOptions.SectionName).Get<FernetTokensOptions>() ?? new FernetTokensOptions();
            if (options.MaxActiveKeys < 1)
            {
                throw new OperatorException($"[fernet_tokens] max_active_keys = {options.MaxActiveKeys}; it must be at least 1.");
            }

            try
            {
                // The service resolves the folder from [database] data_dir, which up and serve default to [DEFAULT] data_dir.
                var databaseDataDir = configuration["database:data_dir"];
                var dataDirectory = string.IsNullOrWhiteSpace(databaseDataDir) ? ConfigurationLoader.DataDirectory(configuration).FullName : databaseDataDir;
                var rotation = FernetKeyRotation.Rotate(options, dataDirectory);
                Console.WriteLine($"Rotated the Fernet keys in {rotation.Location}: primary key {rotation.Keys.Max()}, keys {string.Join(", ", rotation.Keys)}"
                    + (rotation.Removed.Count > 0 ? $"; removed {string.Join(", ", rotation.Removed)}." : "."));
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                throw new OperatorException($"Cannot rotate the Fernet keys ({error.Message.TrimEnd('.')}): check [fernet_tokens] key_repository and its permissions.");
            }

            return Task.FromResult(0);
        }));
        return command;
    }
}
