using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpStack.Common.Policy;

namespace SharpStack.Hosting.Policy;

/// <summary>Builds a service's policy enforcer from its default rules and the <c>[oslo_policy] policy_file</c> overrides.</summary>
public static partial class PolicyFileLoader
{
    /// <summary>Binds <see cref="PolicyFileOptions"/> and refuses to start when the file is missing or not a flat mapping of rules.</summary>
    public static IServiceCollection AddPolicyFileOptions(this IServiceCollection services)
    {
        services.AddOptions<PolicyFileOptions>().BindConfiguration(PolicyFileOptions.SectionName)
            .Validate(options => options.PolicyFile.Length == 0 || File.Exists(options.PolicyFile),
                "oslo_policy.policy_file names a file that does not exist.")
            .Validate(options => options.PolicyFile.Length == 0 || !File.Exists(options.PolicyFile) || Parses(options.PolicyFile),
                "oslo_policy.policy_file is not a flat YAML or JSON mapping of rule names to check strings.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>The defaults with the file's overrides applied; the file's warnings are logged.</summary>
    /// <param name="serviceName">Names the service in the log, e.g. "Identity".</param>
    /// <param name="reportUnknownRules">Whether rules in the file that <paramref name="defaults"/> lacks are worth a warning.</param>
    public static PolicyEnforcer Load(
        IServiceProvider provider, IEnumerable<PolicyRuleDefault> defaults, string serviceName, bool reportUnknownRules)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var options = provider.GetRequiredService<IOptions<PolicyFileOptions>>().Value;
        if (options.PolicyFile.Length == 0)
        {
            return new PolicyEnforcer(defaults);
        }

        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PolicyFileLoader));
        var enforcer = PolicyEnforcer.FromPolicyFile(defaults, File.ReadAllText(options.PolicyFile));
        LogOverrides(logger, serviceName, options.PolicyFile);
        foreach (var warning in enforcer.Warnings.Where(w => reportUnknownRules || w.Kind != PolicyWarningKind.UnknownRuleInFile))
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

    [LoggerMessage(Level = LogLevel.Information, Message = "{Service} policy overrides read from {PolicyFile}")]
    private static partial void LogOverrides(ILogger logger, string service, string policyFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Policy file {PolicyFile}: {Warning}")]
    private static partial void LogWarning(ILogger logger, string policyFile, string warning);
}
