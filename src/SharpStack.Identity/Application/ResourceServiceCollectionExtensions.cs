using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharpStack.Identity.Application.Cascades;
using SharpStack.Identity.Application.Domains;
using SharpStack.Identity.Application.Groups;
using SharpStack.Identity.Application.Projects;
using SharpStack.Identity.Application.Users;

namespace SharpStack.Identity.Application;

/// <summary>Registers the services of domains, projects, users and groups.</summary>
public static class ResourceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the resource services and <c>[DEFAULT] max_project_tree_depth</c>; they use the policy enforcer and
    /// the <c>ITokenRevoker</c> that the tokens area registers.
    /// </summary>
    public static IServiceCollection AddIdentityResources(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ResourceOptions>().Bind(configuration.GetSection(ResourceOptions.SectionName))
            .Validate(options => options.MaxProjectTreeDepth >= 1, "max_project_tree_depth must be at least 1.")
            .ValidateOnStart();
        services.TryAddScoped<DependantCleanup>();
        services.TryAddScoped<DomainService>();
        services.TryAddScoped<ProjectHierarchy>();
        services.TryAddScoped<ProjectService>();
        services.TryAddScoped<ProjectTagService>();
        services.TryAddScoped<ProjectTree>();
        services.TryAddScoped<UserService>();
        services.TryAddScoped<UserRelationsService>();
        services.TryAddScoped<GroupService>();
        return services;
    }
}
