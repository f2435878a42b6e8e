using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Common.Auth;
using SharpStack.Hosting.Auth;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Tests.Assignments;

/// <summary>
/// The Identity API with fixed tokens for Keystone's personas: a system admin (the bootstrap admin), the admin,
/// a member and a reader of one project, and the admin of one domain; users, groups and projects are made in the database.
/// </summary>
public sealed class AssignmentsApiServer : IdentityApiServer, IAsyncLifetime
{
    public const string SystemAdminToken = "system-admin-token";
    public const string ProjectAdminToken = "project-admin-token";
    public const string DomainAdminToken = "domain-admin-token";
    public const string MemberToken = "project-member-token";
    public const string ReaderToken = "project-reader-token";

    private readonly AssignmentsTokenValidator _validator = new();

    internal RecordingTokenRevoker Revoker { get; } = new();

    public string AdminUserId { get; private set; } = "";

    public string DomainId { get; } = "personas";

    public string ProjectId { get; } = "personasproject";

    public string MemberUserId { get; } = "personasmember";

    public string ReaderUserId { get; } = "personasreader";

    public string AdminRoleId { get; private set; } = "";

    public string MemberRoleId { get; private set; } = "";

    public string ReaderRoleId { get; private set; } = "";

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDbAsync(async db =>
        {
            AdminUserId = (await db.Users.SingleAsync(u => u.Name == "admin")).Id;
            AdminRoleId = (await db.Roles.SingleAsync(r => r.Name == "admin")).Id;
            MemberRoleId = (await db.Roles.SingleAsync(r => r.Name == "member")).Id;
            ReaderRoleId = (await db.Roles.SingleAsync(r => r.Name == "reader")).Id;
            db.Domains.Add(new IdentityDomain { Id = DomainId, Name = "personas" });
            db.Projects.Add(new Project { Id = ProjectId, Name = "personas", DomainId = DomainId });
            db.Users.Add(NewUser(MemberUserId, DomainId));
            db.Users.Add(NewUser(ReaderUserId, DomainId));
            db.RoleAssignments.Add(RoleAssignment.Create(ActorType.User, MemberUserId, TargetType.Project, ProjectId, MemberRoleId));
            db.RoleAssignments.Add(RoleAssignment.Create(ActorType.User, ReaderUserId, TargetType.Project, ProjectId, ReaderRoleId));
            await db.SaveChangesAsync();
        });

        string[] admin = ["admin", "member", "reader"];
        _validator.Add(new AuthContext { Token = SystemAdminToken, UserId = AdminUserId, UserDomainId = "default", SystemScope = "all", Roles = admin, ExpiresAt = DateTimeOffset.MaxValue });
        _validator.Add(new AuthContext { Token = ProjectAdminToken, UserId = AdminUserId, UserDomainId = "default", ProjectId = ProjectId, ProjectDomainId = DomainId, Roles = admin, ExpiresAt = DateTimeOffset.MaxValue });
        _validator.Add(new AuthContext { Token = DomainAdminToken, UserId = AdminUserId, UserDomainId = "default", DomainId = DomainId, Roles = admin, ExpiresAt = DateTimeOffset.MaxValue });
        _validator.Add(new AuthContext { Token = MemberToken, UserId = MemberUserId, UserDomainId = DomainId, ProjectId = ProjectId, ProjectDomainId = DomainId, Roles = ["member", "reader"], ExpiresAt = DateTimeOffset.MaxValue });
        _validator.Add(new AuthContext { Token = ReaderToken, UserId = ReaderUserId, UserDomainId = DomainId, ProjectId = ProjectId, ProjectDomainId = DomainId, Roles = ["reader"], ExpiresAt = DateTimeOffset.MaxValue });
    }

    internal static User NewUser(string id, string domainId) =>
        new() { Id = id, DomainId = domainId, Name = id, CreatedAt = DateTime.UtcNow };

    internal async Task WithDbAsync(Func<IdentityDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<IdentityDbContext>());
    }

    internal async Task<T> WithDbAsync<T>(Func<IdentityDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IdentityDbContext>());
    }

    public async Task<(int Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, string? token = SystemAdminToken, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Add("X-Auth-Token", token);
        }

        if (body is not null)
        {
            var json = body as string ?? JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ITokenValidator>(_validator);
        services.AddSingleton<ITokenRevoker>(Revoker);
    }
}
