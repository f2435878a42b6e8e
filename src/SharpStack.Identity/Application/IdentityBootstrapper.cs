using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application;

internal sealed partial class IdentityBootstrapper(
    IdentityDbContext db,
    CatalogBootstrapper catalog,
    TimeProvider time,
    PasswordHasher hasher,
    ILogger<IdentityBootstrapper> logger) : IIdentityBootstrapper
{
    public const string AdminName = "admin";
    public const string ServiceProjectName = ServiceUser.ProjectName;
    public const string MemberRole = "member";
    public const string ReaderRole = "reader";
    public const string ServiceRole = "service";

    public async Task<BootstrapResult> BootstrapAsync(BootstrapRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.RegionId);
        var generated = new Dictionary<string, string>(StringComparer.Ordinal);

        await EnsureDefaultDomainAsync(cancellationToken);
        var adminProject = await EnsureProjectAsync(AdminName, "Bootstrap project for initializing the cloud.", cancellationToken);
        var serviceProject = await EnsureProjectAsync(ServiceProjectName, "Project of the users the services authenticate as.", cancellationToken);

        var admin = await EnsureRoleAsync(AdminName, cancellationToken);
        var member = await EnsureRoleAsync(MemberRole, cancellationToken);
        var reader = await EnsureRoleAsync(ReaderRole, cancellationToken);
        var service = await EnsureRoleAsync(ServiceRole, cancellationToken);
        await EnsureImpliedRoleAsync(admin, member, cancellationToken);
        await EnsureImpliedRoleAsync(member, reader, cancellationToken);
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal) { [AdminName] = admin, [MemberRole] = member, [ReaderRole] = reader, [ServiceRole] = service };

        var adminUser = await EnsureUserAsync(AdminName, request.AdminPassword, adminProject.Id, request.ResetPasswords, cancellationToken);
        await EnsureGrantAsync(adminUser, TargetType.Project, adminProject.Id, admin, cancellationToken);
        await EnsureGrantAsync(adminUser, TargetType.System, RoleAssignment.SystemAll, admin, cancellationToken);

        foreach (var serviceUser in request.ServiceUsers.DistinctBy(u => u.Name))
        {
            var password = serviceUser.Password ?? PasswordGenerator.New();
            var user = await EnsureUserAsync(serviceUser.Name, password, serviceProject.Id, request.ResetPasswords, cancellationToken);
            if (serviceUser.Password is null && (db.Entry(user).State == EntityState.Added || request.ResetPasswords))
            {
                generated[serviceUser.Name] = password;
            }
            foreach (var roleName in serviceUser.Roles ?? [AdminName, ServiceRole])
            {
                if (!roles.TryGetValue(roleName, out var role))
                {
                    role = roles[roleName] = await EnsureRoleAsync(roleName, cancellationToken);
                }

                await EnsureGrantAsync(user, TargetType.Project, serviceProject.Id, role, cancellationToken);
            }
        }

        await catalog.EnsureAsync(request.RegionId, request.Catalog, cancellationToken);
        var changed = await db.SaveChangesAsync(cancellationToken);
        LogBootstrapped(changed, request.ServiceUsers.Count, request.Catalog.Count, request.RegionId);
        return new BootstrapResult(changed, generated);
    }

    private async Task EnsureDefaultDomainAsync(CancellationToken cancellationToken)
    {
        if (await db.Domains.FindAsync([IdentityDomain.DefaultId], cancellationToken) is null)
        {
            db.Domains.Add(new IdentityDomain { Id = IdentityDomain.DefaultId, Name = "Default", Description = "The default domain" });
        }
    }

    private async Task<Project> EnsureProjectAsync(string name, string description, CancellationToken cancellationToken)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.DomainId == IdentityDomain.DefaultId && p.Name == name, cancellationToken);
        if (project is null)
        {
            project = new Project { Id = KeystoneIds.New(), Name = name, DomainId = IdentityDomain.DefaultId, Description = description };
            db.Projects.Add(project);
        }
        return project;
    }

    private async Task<Role> EnsureRoleAsync(string name, CancellationToken cancellationToken)
    {
        var role = await db.Roles.FirstOrDefaultAsync(r => r.DomainId == Role.GlobalDomainId && r.Name == name, cancellationToken);
        if (role is null)
        {
            role = new Role { Id = KeystoneIds.New(), Name = name };
            db.Roles.Add(role);
        }
        return role;
    }

    private async Task EnsureImpliedRoleAsync(Role prior, Role implied, CancellationToken cancellationToken)
    {
        if (await db.ImpliedRoles.FindAsync([prior.Id, implied.Id], cancellationToken) is null)
        {
            db.ImpliedRoles.Add(new ImpliedRole { PriorRoleId = prior.Id, ImpliedRoleId = implied.Id });
        }
    }

    private async Task<User> EnsureUserAsync(string name, string? password, string projectId, bool resetPassword, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.DomainId == IdentityDomain.DefaultId && u.Name == name, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (user is null)
        {
            if (string.IsNullOrEmpty(password))
            {
                throw new InvalidOperationException($"The user {name} does not exist yet, so bootstrap needs a password for it.");
            }

            user = new User { Id = KeystoneIds.New(), DomainId = IdentityDomain.DefaultId, Name = name, DefaultProjectId = projectId, CreatedAt = now };
            SetPassword(user, password, now);
            db.Users.Add(user);
            LogUserCreated(name);
        }
        else if (resetPassword && !string.IsNullOrEmpty(password) && !hasher.Verify(password, user.PasswordHash))
        {
            SetPassword(user, password, now);
            LogPasswordReset(name);
        }
        return user;
    }

    private void SetPassword(User user, string password, DateTime now)
    {
        user.PasswordHash = hasher.Hash(password);
        user.PasswordCreatedAt = now;
        user.PasswordExpiresAt = null;
    }

    private async Task EnsureGrantAsync(User user, TargetType targetType, string targetId, Role role, CancellationToken cancellationToken)
    {
        var assignment = RoleAssignment.Create(ActorType.User, user.Id, targetType, targetId, role.Id);
        object[] key = [assignment.Type, assignment.ActorId, assignment.TargetId, assignment.RoleId, assignment.Inherited];
        if (await db.RoleAssignments.FindAsync(key, cancellationToken) is null)
        {
            db.RoleAssignments.Add(assignment);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created user {User} in the Default domain")]
    private partial void LogUserCreated(string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reset the password of user {User}")]
    private partial void LogPasswordReset(string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bootstrapped identity: {Changed} rows changed; {ServiceUsers} service users, {Services} catalog services in region {Region}")]
    private partial void LogBootstrapped(int changed, int serviceUsers, int services, string region);
}
