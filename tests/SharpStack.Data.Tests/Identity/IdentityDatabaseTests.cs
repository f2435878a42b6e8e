using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Data.Tests.Fixtures;
using SharpStack.Identity.Application;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Data.Tests.Identity;

/// <summary>The Identity database and bootstrap, run once per provider by the derived classes.</summary>
public abstract class IdentityDatabaseTests
{
    private static readonly BootstrapRequest Request = new(
        "admin-secret",
        "RegionOne",
        DefaultCatalog.For("127.0.0.1"),
        [new ServiceUser("nova", "nova-secret"), new ServiceUser("glance")]);

    private protected abstract IdentityDatabase CreateDatabase();

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_AppliesEveryMigration()
    {
        await using var database = CreateDatabase();

        await database.Services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);

        var (applied, all) = await database.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<IdentityDbContext>();
            return ((await db.Database.GetAppliedMigrationsAsync()).ToList(), db.Database.GetMigrations().ToList());
        });
        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
    }

    [Fact]
    public async Task MigrateAsync_AlreadyMigrated_ChangesNothing()
    {
        await using var database = CreateDatabase();
        var migrator = database.Services.GetRequiredService<IDatabaseMigrator>();
        await migrator.MigrateAsync(CancellationToken.None);

        await migrator.MigrateAsync(CancellationToken.None);

        var pending = await database.InScopeAsync(services =>
            services.GetRequiredService<IdentityDbContext>().Database.GetPendingMigrationsAsync());
        Assert.Empty(pending);
    }

    [Fact]
    public async Task HasPendingModelChanges_Migrations_MatchTheModel()
    {
        await using var database = CreateDatabase();

        var pending = await database.InScopeAsync(services =>
            Task.FromResult(services.GetRequiredService<IdentityDbContext>().Database.HasPendingModelChanges()));

        Assert.False(pending);
    }

    [Fact]
    public async Task BootstrapAsync_EmptyDatabase_CreatesExpectedRows()
    {
        await using var database = await MigratedAsync();

        var result = await BootstrapAsync(database, Request);

        Assert.Equal(["glance"], result.GeneratedPasswords.Keys);
        await database.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<IdentityDbContext>();
            var domain = await db.Domains.SingleAsync();
            Assert.Equal(("default", "Default"), (domain.Id, domain.Name));
            Assert.Equal(["admin", "service"], await db.Projects.Select(p => p.Name).OrderBy(n => n).ToListAsync());
            Assert.Equal(["admin", "member", "reader", "service"], await db.Roles.Select(r => r.Name).OrderBy(n => n).ToListAsync());
            Assert.All(await db.Roles.ToListAsync(), role => Assert.True(role.IsGlobal));
            Assert.Equal(2, await db.ImpliedRoles.CountAsync());
            Assert.Equal(["admin", "glance", "nova"], await db.Users.Select(u => u.Name).OrderBy(n => n).ToListAsync());
            Assert.Equal(6, await db.RoleAssignments.CountAsync());
            Assert.Equal("RegionOne", (await db.Regions.SingleAsync()).Id);
            Assert.Equal(8, await db.Services.CountAsync());
            Assert.Equal(24, await db.Endpoints.CountAsync());
            return true;
        });
    }

    [Fact]
    public async Task BootstrapAsync_Admin_HasAdminOnAdminProjectAndSystemAndImpliedRoleChain()
    {
        await using var database = await MigratedAsync();

        await BootstrapAsync(database, Request);

        await database.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<IdentityDbContext>();
            var roles = await db.Roles.ToDictionaryAsync(r => r.Name, r => r.Id);
            var admin = await db.Users.SingleAsync(u => u.Name == "admin");
            var adminProject = await db.Projects.SingleAsync(p => p.Name == "admin");
            var grants = await db.RoleAssignments.Where(a => a.ActorId == admin.Id).ToListAsync();
            Assert.Contains(grants, a => a.TargetType == TargetType.Project && a.TargetId == adminProject.Id && a.RoleId == roles["admin"]);
            Assert.Contains(grants, a => a.TargetType == TargetType.System && a.TargetId == "system" && a.RoleId == roles["admin"]);
            Assert.All(grants, a => Assert.Equal(ActorType.User, a.ActorType));
            Assert.NotNull(await db.ImpliedRoles.FindAsync(roles["admin"], roles["member"]));
            Assert.NotNull(await db.ImpliedRoles.FindAsync(roles["member"], roles["reader"]));
            Assert.Equal(adminProject.Id, admin.DefaultProjectId);
            Assert.Matches("^[0-9a-f]{32}$", admin.Id);
            return true;
        });
    }

    [Fact]
    public async Task BootstrapAsync_ServiceUsers_HaveAdminAndServiceOnServiceProject()
    {
        await using var database = await MigratedAsync();

        await BootstrapAsync(database, Request);

        await database.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<IdentityDbContext>();
            var serviceProject = await db.Projects.SingleAsync(p => p.Name == "service");
            var nova = await db.Users.SingleAsync(u => u.Name == "nova");
            var roleNames = await db.RoleAssignments
                .Where(a => a.ActorId == nova.Id && a.TargetId == serviceProject.Id)
                .Join(db.Roles, a => a.RoleId, r => r.Id, (a, r) => r.Name)
                .OrderBy(n => n)
                .ToListAsync();
            Assert.Equal(["admin", "service"], roleNames);
            return true;
        });
    }

    [Fact]
    public async Task BootstrapAsync_Passwords_StoredAsBcryptHashesThatVerify()
    {
        await using var database = await MigratedAsync();

        var result = await BootstrapAsync(database, Request);

        var users = await database.InScopeAsync(services =>
            services.GetRequiredService<IdentityDbContext>().Users.ToDictionaryAsync(u => u.Name));
        Assert.StartsWith("$2b$12$", users["admin"].PasswordHash, StringComparison.Ordinal);
        Assert.True(BCrypt.Net.BCrypt.Verify("admin-secret", users["admin"].PasswordHash));
        Assert.False(BCrypt.Net.BCrypt.Verify("wrong", users["admin"].PasswordHash));
        Assert.True(BCrypt.Net.BCrypt.Verify("nova-secret", users["nova"].PasswordHash));
        Assert.True(BCrypt.Net.BCrypt.Verify(result.GeneratedPasswords["glance"], users["glance"].PasswordHash));
        Assert.Equal(DateTimeKind.Utc, users["admin"].PasswordCreatedAt!.Value.Kind);
    }

    [Fact]
    public async Task BootstrapAsync_SameInputsTwice_ChangesNothing()
    {
        await using var database = await MigratedAsync();
        await BootstrapAsync(database, Request);
        var before = await SnapshotAsync(database);

        var result = await BootstrapAsync(database, Request);

        Assert.Equal(0, result.ChangedRows);
        Assert.Empty(result.GeneratedPasswords);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Fact]
    public async Task BootstrapAsync_OtherPasswordWithoutReset_KeepsPassword()
    {
        await using var database = await MigratedAsync();
        await BootstrapAsync(database, Request);

        var result = await BootstrapAsync(database, Request with { AdminPassword = "another" });

        Assert.Equal(0, result.ChangedRows);
        var hash = await AdminHashAsync(database);
        Assert.True(BCrypt.Net.BCrypt.Verify("admin-secret", hash));
    }

    [Fact]
    public async Task BootstrapAsync_OtherPasswordWithReset_SetsPassword()
    {
        await using var database = await MigratedAsync();
        await BootstrapAsync(database, Request);

        await BootstrapAsync(database, Request with { AdminPassword = "another", ServiceUsers = [], ResetPasswords = true });

        Assert.True(BCrypt.Net.BCrypt.Verify("another", await AdminHashAsync(database)));
    }

    [Fact]
    public async Task BootstrapAsync_ChangedUrl_UpdatesEndpoints()
    {
        await using var database = await MigratedAsync();
        await BootstrapAsync(database, Request);
        var catalog = Request.Catalog.Select(s => s.Type == "compute" ? s with { Url = "https://nova.example:8774/v2.1" } : s).ToList();

        var result = await BootstrapAsync(database, Request with { Catalog = catalog });

        Assert.Equal(3, result.ChangedRows);
        var urls = await database.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<IdentityDbContext>();
            return db.Endpoints
                .Join(db.Services.Where(s => s.Type == "compute"), e => e.ServiceId, s => s.Id, (e, s) => e.Url)
                .ToListAsync();
        });
        Assert.Equal(3, urls.Count);
        Assert.All(urls, url => Assert.Equal("https://nova.example:8774/v2.1", url));
    }

    [Fact]
    public async Task SaveChangesAsync_DuplicateUserNameInDomain_Throws()
    {
        await using var database = await MigratedAsync();
        await BootstrapAsync(database, Request);

        await Assert.ThrowsAsync<DbUpdateException>(() => database.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<IdentityDbContext>();
            db.Users.Add(new User { Id = KeystoneIds.New(), DomainId = IdentityDomain.DefaultId, Name = "admin" });
            return db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task SaveChangesAsync_SameUserNameInAnotherDomain_Succeeds()
    {
        await using var database = await MigratedAsync();
        await BootstrapAsync(database, Request);

        var saved = await database.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<IdentityDbContext>();
            db.Domains.Add(new IdentityDomain { Id = "other", Name = "Other" });
            db.Users.Add(new User { Id = KeystoneIds.New(), DomainId = "other", Name = "admin" });
            return db.SaveChangesAsync();
        });

        Assert.Equal(2, saved);
    }

    [Fact]
    public async Task SaveChangesAsync_DuplicateGlobalRoleName_Throws()
    {
        await using var database = await MigratedAsync();
        await BootstrapAsync(database, Request);

        await Assert.ThrowsAsync<DbUpdateException>(() => database.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<IdentityDbContext>();
            db.Roles.Add(new Role { Id = KeystoneIds.New(), Name = "reader" });
            return db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task SaveChangesAsync_ProjectWithTagsAndExtra_RoundTrips()
    {
        await using var database = await MigratedAsync();
        await BootstrapAsync(database, Request);
        var id = KeystoneIds.New();

        await database.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<IdentityDbContext>();
            db.Projects.Add(new Project
            {
                Id = id,
                Name = "demo",
                DomainId = IdentityDomain.DefaultId,
                Extra = new() { ["email"] = "demo@example.org" },
                Tags = [new ProjectTag { ProjectId = id, Name = "blue" }, new ProjectTag { ProjectId = id, Name = "green" }],
            });
            return db.SaveChangesAsync();
        });

        var project = await database.InScopeAsync(services =>
            services.GetRequiredService<IdentityDbContext>().Projects.Include(p => p.Tags).SingleAsync(p => p.Id == id));
        Assert.Equal(["blue", "green"], project.Tags.Select(t => t.Name).Order());
        Assert.Equal("demo@example.org", (string?)project.Extra["email"]);
    }

    private async Task<IdentityDatabase> MigratedAsync()
    {
        var database = CreateDatabase();
        await database.Services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return database;
    }

    private static Task<BootstrapResult> BootstrapAsync(IdentityDatabase database, BootstrapRequest request) =>
        database.InScopeAsync(services => services.GetRequiredService<IIdentityBootstrapper>().BootstrapAsync(request, CancellationToken.None));

    private static Task<string?> AdminHashAsync(IdentityDatabase database) =>
        database.InScopeAsync(services => services.GetRequiredService<IdentityDbContext>().Users
            .Where(u => u.Name == "admin").Select(u => u.PasswordHash).SingleAsync());

    private static Task<string> SnapshotAsync(IdentityDatabase database) =>
        database.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<IdentityDbContext>();
            var users = await db.Users.OrderBy(u => u.Id).Select(u => u.Id + u.Name + u.PasswordHash).ToListAsync();
            var endpoints = await db.Endpoints.OrderBy(e => e.Id).Select(e => e.Id + e.Url).ToListAsync();
            var roles = await db.Roles.OrderBy(r => r.Id).Select(r => r.Id + r.Name).ToListAsync();
            var projects = await db.Projects.OrderBy(p => p.Id).Select(p => p.Id + p.Name).ToListAsync();
            var assignments = await db.RoleAssignments.CountAsync();
            return string.Join('|', users.Concat(endpoints).Concat(roles).Concat(projects)) + assignments;
        });
}
