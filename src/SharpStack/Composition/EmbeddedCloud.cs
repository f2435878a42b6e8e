using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Cli;
using SharpStack.Common;
using SharpStack.Configuration;
using Spectre.Console;

namespace SharpStack.Composition;

/// <summary>The all-in-one cloud of <c>sharpstack up</c>: every service in one process over one data folder.</summary>
internal static class EmbeddedCloud
{
    public static async Task RunAsync(
        FileInfo? configFile,
        IReadOnlyDictionary<string, string?> overrides,
        string? adminPassword,
        ShutdownSignal shutdown)
    {
        var stopping = shutdown.Token;
        var loaded = ConfigurationLoader.Load(configFile, overrides);
        var cloudOptions = ConfigurationLoader.CloudOptions(loaded);
        var dataDirectory = ConfigurationLoader.DataDirectory(loaded);
        using var dataLock = DataDirectoryLock.Acquire(dataDirectory);

        var endpoints = ServiceRegistry.All
            .Select(service => ServiceEndpointResolver.Resolve(service, loaded, cloudOptions))
            .ToList();
        var authUrl = endpoints.Single(endpoint => endpoint.Service.Name == ServiceNames.Identity).CatalogUrl;
        var serviceUser = EmbeddedServiceCredentials.LoadOrCreate(dataDirectory);
        var configuration = EmbeddedLimitDefaults.With(
            EmbeddedServiceCredentials.WithAuthTokenDefaults(loaded, authUrl, serviceUser), cloudOptions.RegionName);
        var generatedPassword = adminPassword is null && !ClientConfigWriter.Exists(dataDirectory)
            ? RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20)
            : null;

        var adminPasswordToSet = adminPassword ?? generatedPassword;
        await using var bus = ProcessBus.Create(configuration);
        await using var host = new CloudHost(endpoints, configuration, SharedServices.For(dataDirectory, bus.Bus));
        var started = await StartupProgress.RunUntilStoppedAsync(async report =>
        {
            await using (var tools = ServiceTools.Create(configuration, endpoints.Select(e => e.Service), dataDirectory))
            {
                report("Applying database migrations");
                await tools.MigrateAsync(stopping);
                report("Bootstrapping the admin account and the service catalog");
                await tools.BootstrapAsync(BootstrapRequests.For(endpoints, cloudOptions.RegionName, adminPasswordToSet, [serviceUser]), stopping);
            }

            await host.StartAsync(report, stopping);
        }, stopping);
        if (!started)
        {
            return;
        }

        if (adminPasswordToSet is not null)
        {
            ClientConfigWriter.Write(dataDirectory, authUrl, adminPasswordToSet, cloudOptions.RegionName);
        }

        PrintReady(dataDirectory, endpoints, generatedPassword);
        await shutdown.WaitAsync();
        AnsiConsole.WriteLine("Stopping SharpStack");
    }

    private static void PrintReady(DirectoryInfo dataDirectory, IReadOnlyList<ServiceEndpoint> endpoints, string? generatedPassword)
    {
        Console.WriteLine($"SharpStack is ready: {string.Join(", ", endpoints.Select(e => $"{e.Service.Name} {e.CatalogUrl}"))}");
        if (generatedPassword is not null)
        {
            Console.WriteLine($"  The admin password is {generatedPassword} (shown once; it is kept in {Path.Combine(dataDirectory.FullName, "openrc")}).");
        }

        var useCommand = endpoints.Any(e => e.Service.Name == ServiceNames.Compute) ? "openstack server list" : "openstack catalog list";
        Console.WriteLine($"  Use it: source {Path.Combine(dataDirectory.FullName, "openrc")}; {useCommand}");
        Console.WriteLine($"  or: export OS_CLIENT_CONFIG_FILE={Path.Combine(dataDirectory.FullName, "clouds.yaml")} OS_CLOUD={ClientConfigWriter.CloudName}");
        Console.WriteLine("  Stop it with Ctrl-C.");
    }
}
