using Microsoft.EntityFrameworkCore;
using SharpStack.Data;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Persistence;

/// <summary>The Identity service's database; <see cref="SqliteIdentityDbContext"/> and <see cref="PostgresIdentityDbContext"/> carry the migrations.</summary>
internal abstract class IdentityDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<IdentityDomain> Domains => Set<IdentityDomain>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectTag> ProjectTags => Set<ProjectTag>();

    public DbSet<User> Users => Set<User>();

    public DbSet<UserPassword> UserPasswords => Set<UserPassword>();

    public DbSet<Group> Groups => Set<Group>();

    public DbSet<UserGroupMembership> UserGroupMemberships => Set<UserGroupMembership>();

    public DbSet<Role> Roles => Set<Role>();

    public DbSet<ImpliedRole> ImpliedRoles => Set<ImpliedRole>();

    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<Endpoint> Endpoints => Set<Endpoint>();

    public DbSet<RevocationEvent> RevocationEvents => Set<RevocationEvent>();

    public DbSet<Credential> Credentials => Set<Credential>();

    public DbSet<PolicyBlob> PolicyBlobs => Set<PolicyBlob>();

    public DbSet<RegisteredLimit> RegisteredLimits => Set<RegisteredLimit>();

    public DbSet<Limit> Limits => Set<Limit>();

    public DbSet<Trust> Trusts => Set<Trust>();

    public DbSet<TrustRole> TrustRoles => Set<TrustRole>();

    public DbSet<ApplicationCredential> ApplicationCredentials => Set<ApplicationCredential>();

    public DbSet<ApplicationCredentialRole> ApplicationCredentialRoles => Set<ApplicationCredentialRole>();

    public DbSet<AccessRule> AccessRules => Set<AccessRule>();

    public DbSet<ApplicationCredentialAccessRule> ApplicationCredentialAccessRules => Set<ApplicationCredentialAccessRule>();

    public DbSet<EndpointGroup> EndpointGroups => Set<EndpointGroup>();

    public DbSet<ProjectEndpointGroup> ProjectEndpointGroups => Set<ProjectEndpointGroup>();

    public DbSet<ProjectEndpoint> ProjectEndpoints => Set<ProjectEndpoint>();

    public DbSet<PolicyAssociation> PolicyAssociations => Set<PolicyAssociation>();

    public DbSet<OAuthConsumer> OAuthConsumers => Set<OAuthConsumer>();

    public DbSet<DomainConfigOption> DomainConfigOptions => Set<DomainConfigOption>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
}
