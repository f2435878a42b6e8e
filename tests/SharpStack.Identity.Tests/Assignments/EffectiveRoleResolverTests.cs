using Microsoft.Extensions.DependencyInjection;
using SharpStack.Identity.Application.Assignments;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Tests.Assignments;

public sealed class EffectiveRoleResolverTests(AssignmentsCloud server) : IClassFixture<AssignmentsCloud>
{
    private async Task<IReadOnlyList<string>> ResolveAsync(Func<EffectiveRoleResolver, Task<IReadOnlyList<Role>>> resolve)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var roles = await resolve(scope.ServiceProvider.GetRequiredService<EffectiveRoleResolver>());
        return [.. roles.Select(r => r.Name)];
    }

    private static Role NewRole(string name) => new() { Id = KeystoneIds.New(), Name = name };

    [Fact]
    public async Task RolesForProject_DirectAdmin_IncludesImpliedMemberAndReader()
    {
        var user = KeystoneIds.New();
        await server.WithDbAsync(async db =>
        {
            db.Users.Add(AssignmentsCloud.NewUser(user, server.DomainId));
            db.RoleAssignments.Add(RoleAssignment.Create(ActorType.User, user, TargetType.Project, server.ProjectId, server.AdminRoleId));
            await db.SaveChangesAsync();
        });

        var roles = await ResolveAsync(r => r.RolesForProjectAsync(user, server.ProjectId, CancellationToken.None));

        Assert.Equal(["admin", "member", "reader"], roles);
    }

    [Fact]
    public async Task RolesForProject_GroupAndInheritedFromDomainAndParent_AreAllIncluded()
    {
        var user = KeystoneIds.New();
        var group = KeystoneIds.New();
        var parent = KeystoneIds.New();
        var child = KeystoneIds.New();
        var prefix = user[..6];
        Role fromGroup = NewRole(prefix + "-g"), fromDomain = NewRole(prefix + "-d"), fromParent = NewRole(prefix + "-p"), notInherited = NewRole(prefix + "-n");
        await server.WithDbAsync(async db =>
        {
            db.Roles.AddRange(fromGroup, fromDomain, fromParent, notInherited);
            db.Users.Add(AssignmentsCloud.NewUser(user, server.DomainId));
            db.Groups.Add(new Group { Id = group, DomainId = server.DomainId, Name = group });
            db.UserGroupMemberships.Add(new UserGroupMembership { UserId = user, GroupId = group });
            db.Projects.Add(new Project { Id = parent, Name = parent, DomainId = server.DomainId });
            db.Projects.Add(new Project { Id = child, Name = child, DomainId = server.DomainId, ParentId = parent });
            db.RoleAssignments.Add(RoleAssignment.Create(ActorType.Group, group, TargetType.Project, child, fromGroup.Id));
            db.RoleAssignments.Add(RoleAssignment.Create(ActorType.User, user, TargetType.Domain, server.DomainId, fromDomain.Id, inherited: true));
            db.RoleAssignments.Add(RoleAssignment.Create(ActorType.Group, group, TargetType.Project, parent, fromParent.Id, inherited: true));
            db.RoleAssignments.Add(RoleAssignment.Create(ActorType.User, user, TargetType.Project, parent, notInherited.Id));
            await db.SaveChangesAsync();
        });

        var onChild = await ResolveAsync(r => r.RolesForProjectAsync(user, child, CancellationToken.None));
        var onParent = await ResolveAsync(r => r.RolesForProjectAsync(user, parent, CancellationToken.None));

        Assert.Equal([fromDomain.Name, fromGroup.Name, fromParent.Name], onChild);
        Assert.Equal([fromDomain.Name, notInherited.Name], onParent);
    }

    [Fact]
    public async Task RolesForDomain_DomainSpecificPriorRole_YieldsOnlyTheGlobalImpliedRole()
    {
        var user = KeystoneIds.New();
        var domainRole = new Role { Id = KeystoneIds.New(), Name = "dr-" + user[..6], DomainId = server.DomainId };
        var inheritedOnly = new Role { Id = KeystoneIds.New(), Name = "inh-" + user[..6] };
        await server.WithDbAsync(async db =>
        {
            db.Roles.AddRange(domainRole, inheritedOnly);
            db.ImpliedRoles.Add(new ImpliedRole { PriorRoleId = domainRole.Id, ImpliedRoleId = server.ReaderRoleId });
            db.Users.Add(AssignmentsCloud.NewUser(user, server.DomainId));
            db.RoleAssignments.Add(RoleAssignment.Create(ActorType.User, user, TargetType.Domain, server.DomainId, domainRole.Id));
            db.RoleAssignments.Add(RoleAssignment.Create(ActorType.User, user, TargetType.Domain, server.DomainId, inheritedOnly.Id, inherited: true));
            await db.SaveChangesAsync();
        });

        var roles = await ResolveAsync(r => r.RolesForDomainAsync(user, server.DomainId, CancellationToken.None));

        Assert.Equal(["reader"], roles);
    }

    [Fact]
    public async Task RolesForSystem_BootstrapAdmin_HasAdminMemberReader()
    {
        var roles = await ResolveAsync(r => r.RolesForSystemAsync(server.AdminUserId, CancellationToken.None));

        Assert.Equal(["admin", "member", "reader"], roles);
    }

    [Fact]
    public async Task RolesForProject_ImpliedRoleCycle_Terminates()
    {
        var user = KeystoneIds.New();
        var a = new Role { Id = KeystoneIds.New(), Name = "cyc-a-" + user[..6] };
        var b = new Role { Id = KeystoneIds.New(), Name = "cyc-b-" + user[..6] };
        await server.WithDbAsync(async db =>
        {
            db.Roles.AddRange(a, b);
            db.ImpliedRoles.Add(new ImpliedRole { PriorRoleId = a.Id, ImpliedRoleId = b.Id });
            db.ImpliedRoles.Add(new ImpliedRole { PriorRoleId = b.Id, ImpliedRoleId = a.Id });
            db.Users.Add(AssignmentsCloud.NewUser(user, server.DomainId));
            db.RoleAssignments.Add(RoleAssignment.Create(ActorType.User, user, TargetType.Project, server.ProjectId, a.Id));
            await db.SaveChangesAsync();
        });

        var roles = await ResolveAsync(r => r.RolesForProjectAsync(user, server.ProjectId, CancellationToken.None));

        Assert.Equal([a.Name, b.Name], roles);
    }

    [Fact]
    public async Task RolesForProject_UnknownProject_IsEmpty()
    {
        var roles = await ResolveAsync(r => r.RolesForProjectAsync(server.MemberUserId, "nope", CancellationToken.None));

        Assert.Empty(roles);
    }
}
