using System.CommandLine;
using SharpStack.Composition;
using SharpStack.Configuration;

namespace SharpStack.Cli;

/// <summary><c>sharpstack bootstrap</c>: the admin account, the catalog and the service users for a distributed cloud, as <c>keystone-manage bootstrap</c>.</summary>
internal static class BootstrapCommand
{
    public static Command Create(CloudComposition composition)
    {
        var config = CommonOptions.Config();
        var adminPassword = new Option<string?>("--admin-password")
        {
            Description = "Password of the admin user; required the first time, resets it when given later.",
        };
        var servicePassword = new Option<string?>("--service-password")
        {
            Description = "Password of every service's user (glance, …) in project service: creates them, or resets their password; omitted, they are left as they are.",
        };
        var command = new Command("bootstrap", "Create (or update) the admin account, roles, region, a catalog entry for every service and the service users. Idempotent.")
        {
            config, adminPassword, servicePassword,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var configuration = ConfigurationLoader.Load(composition, result.GetValue(config), new Dictionary<string, string?>());
            var cloudOptions = ConfigurationLoader.CloudOptions(configuration);
            var endpoints = composition.Services
                .Select(service => ServiceEndpointResolver.Resolve(service, configuration, cloudOptions))
                .ToList();
            var accounts = composition.Services.Select(service => service.ServiceUser).OfType<ServiceAccount>().ToList();
            var serviceUsers = ServiceUsers.For(accounts, result.GetValue(servicePassword));
            await using var tools = ServiceTools.Create(configuration, composition.Services, ConfigurationLoader.DataDirectory(configuration));
            try
            {
                var outcome = await tools.BootstrapAsync(
                    BootstrapRequests.For(endpoints, cloudOptions.RegionName, result.GetValue(adminPassword), serviceUsers), cancellationToken);
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

            Console.WriteLine(ServiceUsers.Describe(accounts, serviceUsers.Count > 0));
            return 0;
        }));
        return command;
    }
}
