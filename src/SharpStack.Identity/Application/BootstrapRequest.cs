namespace SharpStack.Identity.Application;

/// <summary>What <c>sharpstack bootstrap</c> sets up: the admin user, the region, the catalog and the service users.</summary>
/// <param name="AdminPassword">Password of the <c>admin</c> user, set when the user is created (or when <paramref name="ResetPasswords"/>); null keeps an existing admin's password.</param>
/// <param name="RegionId">The region of every endpoint, usually RegionOne.</param>
/// <param name="Catalog">The services to list in the catalog with their endpoints.</param>
/// <param name="ServiceUsers">The users the services authenticate as, in the <c>service</c> project.</param>
/// <param name="ResetPasswords">Set the given passwords on users that already exist too.</param>
public sealed record BootstrapRequest(
    string? AdminPassword,
    string RegionId,
    IList<CatalogService> Catalog,
    IList<ServiceUser> ServiceUsers,
    bool ResetPasswords = false);
