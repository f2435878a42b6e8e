using System.CommandLine;
using SharpStack.Composition;
using SharpStack.Configuration;

namespace SharpStack.Cli;

/// <summary><c>sharpstack bootstrap</c>: the admin account and the catalog for a distributed cloud, as <c>keystone-manage bootstrap</c>.</summary>
internal static class BootstrapCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var adminPassword = new Option<string?>("--admin-password")
        {
            Description = "Password of the admin user; required the first time, resets it when given later.",
        };
        var command = new Command("bootstrap", "Create (or update) the admin account, roles, region and a catalog entry for every service. Idempotent.")
        {
            config, adminPassword,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var configuration = ConfigurationLoader.Load(result.GetValue(config), new Dictionary<string, string?>());
            var cloudOptions = ConfigurationLoader.CloudOptions(configuration);
            var endpoints = ServiceRegistry.All
                .Select(service => ServiceEndpointResolver.Resolve(service, configuration, cloudOptions))
                .ToList();
            await using var tools = ServiceTools.Create(configuration, ServiceRegistry.All, ConfigurationLoader.DataDirectory(configuration));
            try
            {
                var outcome = await tools.BootstrapAsync(
                    BootstrapRequests.For(endpoints, cloudOptions.RegionName, result.GetValue(adminPassword)), cancellationToken);
                Console.WriteLine(outcome.ChangedRows == 0 ? "Identity was already bootstrapped; nothing changed." : $"Identity bootstrapped ({outcome.ChangedRows} rows written).");
            }
            catch (InvalidOperationException error) when (result.GetValue(adminPassword) is null)
            {
                throw new OperatorException($"{error.Message.TrimEnd('.')}; pass --admin-password.");
            }
            catch (System.Data.Common.DbException error)
            {
                throw new OperatorException(
                    $"The identity database is not ready ({error.Message.TrimEnd('.')}); run 'sharpstack db upgrade' with the same configuration first.");
            }

            return 0;
        }));
        return command;
    }
}
