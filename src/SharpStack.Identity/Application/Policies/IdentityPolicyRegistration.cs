using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpStack.Common.Policy;

namespace SharpStack.Identity.Application.Policies;

/// <summary>Registers Identity's policy enforcer: Keystone's defaults, overridden by <c>[oslo_policy] policy_file</c>.</summary>
internal static partial class IdentityPolicyRegistration
{
    public static IServiceCollection AddIdentityPolicies(this IServiceCollection services)
    {
        services.AddOptions<PolicyFileOptions>().BindConfiguration(PolicyFileOptions.SectionName)
            .Validate(options => options.PolicyFile.Length == 0 || File.Exists(options.PolicyFile),
                "oslo_policy.policy_file names a file that does not exist.")
            .Validate(options => options.PolicyFile.Length == 0 || !File.Exists(options.PolicyFile) || Parses(options.PolicyFile),
                "oslo_policy.policy_file is not a flat YAML or JSON mapping of rule names to check strings.")
            .ValidateOnStart();
        services.TryAddSingleton(provider => Create(
            provider.GetRequiredService<IOptions<PolicyFileOptions>>().Value,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IdentityPolicyRegistration))));
        services.TryAddSingleton<IdentityPolicyEnforcer>();
        return services;
    }

    private static PolicyEnforcer Create(PolicyFileOptions options, ILogger logger)
    {
        if (options.PolicyFile.Length == 0)
        {
            return new PolicyEnforcer(IdentityPolicies.All);
        }

        var enforcer = PolicyEnforcer.FromPolicyFile(IdentityPolicies.All, File.ReadAllText(options.PolicyFile));
        LogOverrides(logger, options.PolicyFile);
        foreach (var warning in enforcer.Warnings)
        {
            LogWarning(logger, options.PolicyFile, warning.ToString() ?? "");
        }

        return enforcer;
    }

    private static bool Parses(string path)
    {
        try
        {
            PolicyFile.Parse(File.ReadAllText(path));
            return true;
        }
        catch (PolicyFileFormatException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Identity policy overrides read from {PolicyFile}")]
    private static partial void LogOverrides(ILogger logger, string policyFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Policy file {PolicyFile}: {Warning}")]
    private static partial void LogWarning(ILogger logger, string policyFile, string warning);
}
