using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Common.Auth;
using SharpStack.Hosting.Auth;
using SharpStack.Identity.Application;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Tests.Support;

/// <summary>
/// The Identity API with fixed tokens for each <see cref="Persona"/>: system admin and reader, the admin on the admin
/// project, an admin and a reader of domain <see cref="DomainAId"/>, a member and a reader of <see cref="MemberProjectId"/>.
/// </summary>
public class ResourceApiServer : IdentityApiServer, IAsyncLifetime
{
    public const string DomainAId = "domaina";
    public const string DomainAUserId = "domainauser";
    public const string MemberProjectId = "memberproject";
    public const string MemberUserId = "memberuser";
    public const string MemberPassword = "member-secret";

    private readonly FakeTokenValidator _validator = new();

    internal RecordingTokenRevoker Revoker { get; } = new();

    public string AdminUserId { get; private set; } = string.Empty;

    public string AdminProjectId { get; private set; } = string.Empty;

    public static string Token(Persona persona) => $"token-{persona}";

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        AdminUserId = await db.Users.Where(u => u.Name == "admin").Select(u => u.Id).SingleAsync();
        AdminProjectId = await db.Projects.Where(p => p.Name == "admin").Select(p => p.Id).SingleAsync();
        db.Domains.Add(new IdentityDomain { Id = DomainAId, Name = "domain-a", Description = "" });
        db.Users.Add(new User { Id = DomainAUserId, DomainId = DomainAId, Name = "domain-a-admin", CreatedAt = DateTime.UtcNow });
        db.Projects.Add(new Project { Id = MemberProjectId, Name = "member-project", DomainId = IdentityDomain.DefaultId });
        db.Users.Add(new User
        {
            Id = MemberUserId, DomainId = IdentityDomain.DefaultId, Name = "member", CreatedAt = DateTime.UtcNow,
            PasswordHash = PasswordHasher.Hash(MemberPassword),
        });
        await db.SaveChangesAsync();

        string[] admin = ["admin", "member", "reader"];
        string[] member = ["member", "reader"];
        string[] reader = ["reader"];
        Add(Persona.SystemAdmin, AdminUserId, IdentityDomain.DefaultId, admin, a => a with { SystemScope = "all" });
        Add(Persona.SystemReader, MemberUserId, IdentityDomain.DefaultId, reader, a => a with { SystemScope = "all" });
        Add(Persona.ProjectAdmin, AdminUserId, IdentityDomain.DefaultId, admin,
            a => a with { ProjectId = AdminProjectId, ProjectDomainId = IdentityDomain.DefaultId });
        Add(Persona.DomainAdmin, DomainAUserId, DomainAId, admin, a => a with { DomainId = DomainAId });
        Add(Persona.DomainReader, DomainAUserId, DomainAId, reader, a => a with { DomainId = DomainAId });
        Add(Persona.ProjectMember, MemberUserId, IdentityDomain.DefaultId, member,
            a => a with { ProjectId = MemberProjectId, ProjectDomainId = IdentityDomain.DefaultId });
        Add(Persona.ProjectReader, MemberUserId, IdentityDomain.DefaultId, reader,
            a => a with { ProjectId = MemberProjectId, ProjectDomainId = IdentityDomain.DefaultId });
    }

    Task IAsyncLifetime.InitializeAsync() => InitializeAsync();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ITokenValidator>(_validator);
        services.AddSingleton<ITokenRevoker>(Revoker);
    }

    private void Add(Persona persona, string userId, string userDomainId, string[] roles, Func<AuthContext, AuthContext> scope) =>
        _validator.Add(scope(new AuthContext
        {
            Token = Token(persona),
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
            UserId = userId,
            UserDomainId = userDomainId,
            Roles = roles,
        }));
}
