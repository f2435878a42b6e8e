using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpStack.Common.Policy;

namespace SharpStack.Image.Application.Policies;

/// <summary>Registers the Image policy: Glance's defaults, overridden by <c>[oslo_policy] policy_file</c>.</summary>
internal static partial class ImagePolicyRegistration
{
    public static IServiceCollection AddImagePolicies(this IServiceCollection services)
    {
        services.AddOptions<ImagePolicyFileOptions>().BindConfiguration(ImagePolicyFileOptions.SectionName)
            .Validate(options => options.PolicyFile.Length == 0 || File.Exists(options.PolicyFile),
                "oslo_policy.policy_file names a file that does not exist.")
            .Validate(options => options.PolicyFile.Length == 0 || !File.Exists(options.PolicyFile) || Parses(options.PolicyFile),
                "oslo_policy.policy_file is not a flat YAML or JSON mapping of rule names to check strings.")
            .ValidateOnStart();
        services.TryAddSingleton(provider => new ImagePolicyEnforcer(Create(
            provider.GetRequiredService<IOptions<ImagePolicyFileOptions>>().Value,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ImagePolicyRegistration)))));
        services.TryAddScoped<ImagePolicy>();
        return services;
    }

    private static PolicyEnforcer Create(ImagePolicyFileOptions options, ILogger logger)
    {
        if (options.PolicyFile.Length == 0)
        {
            return new PolicyEnforcer(ImagePolicies.All);
        }

        var enforcer = PolicyEnforcer.FromPolicyFile(ImagePolicies.All, File.ReadAllText(options.PolicyFile));
        LogOverrides(logger, options.PolicyFile);

        // One process shares [oslo_policy] between services, so other services' rules in the file are expected.
        foreach (var warning in enforcer.Warnings.Where(w => w.Kind != PolicyWarningKind.UnknownRuleInFile))
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Image policy overrides read from {PolicyFile}")]
    private static partial void LogOverrides(ILogger logger, string policyFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Policy file {PolicyFile}: {Warning}")]
    private static partial void LogWarning(ILogger logger, string policyFile, string warning);
}
