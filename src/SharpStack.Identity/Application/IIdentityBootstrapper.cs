namespace SharpStack.Identity.Application;

/// <summary>Creates the initial identity data, like <c>keystone-manage bootstrap</c>; running it again changes nothing.</summary>
public interface IIdentityBootstrapper
{
    /// <summary>Ensures the Default domain, admin and service projects, roles, users, grants, region and catalog exist.</summary>
    Task<BootstrapResult> BootstrapAsync(BootstrapRequest request, CancellationToken cancellationToken);
}
