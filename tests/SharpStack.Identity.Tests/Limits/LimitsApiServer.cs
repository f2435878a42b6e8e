using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Common.Auth;
using SharpStack.Hosting.Auth;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Tests.Limits;

/// <summary>
/// The Identity API with fixed tokens for Keystone's personas: a system admin, and the admin, a member and a reader of
/// project Alpha, a member of project Beta, and the admin of domain Limits; projects, users and catalog services are made in the database.
/// </summary>
public sealed class LimitsApiServer : IdentityApiServer, IAsyncLifetime
{
    public const string SystemAdminToken = "system-admin-token";
    public const string SystemReaderToken = "system-reader-token";
    public const string ProjectAdminToken = "project-admin-token";
    public const string MemberToken = "alpha-member-token";
    public const string ReaderToken = "alpha-reader-token";
    public const string OtherMemberToken = "beta-member-token";
    public const string DomainReaderToken = "domain-reader-token";
    public const string DomainId = "limitsdomain";
    public const string AlphaProjectId = "alphaproject";
    public const string BetaProjectId = "betaproject";
    public const string MemberUserId = "alphamember";
    public const string ReaderUserId = "alphareader";
    public const string OtherMemberUserId = "betamember";
    public const string ComputeServiceId = "computeservice";
    public const string VolumeServiceId = "volumeservice";
    public const string RegionId = "RegionOne";
    public const string OtherRegionId = "RegionTwo";

    private readonly FixedTokenValidator _validator = new();

    public string AdminUserId { get; private set; } = "";

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDbAsync(async db =>
        {
            AdminUserId = (await db.Users.SingleAsync(u => u.Name == "admin")).Id;
            db.Domains.Add(new IdentityDomain { Id = DomainId, Name = DomainId });
            db.Projects.Add(new Project { Id = AlphaProjectId, Name = "alpha", DomainId = DomainId });
            db.Projects.Add(new Project { Id = BetaProjectId, Name = "beta", DomainId = DomainId });
            foreach (var id in new[] { MemberUserId, ReaderUserId, OtherMemberUserId })
            {
                db.Users.Add(new User { Id = id, DomainId = DomainId, Name = id, CreatedAt = DateTime.UtcNow });
            }

            db.Services.Add(new Service { Id = ComputeServiceId, Type = "compute", Name = "nova" });
            db.Services.Add(new Service { Id = VolumeServiceId, Type = "volumev3", Name = "cinder" });
            db.Regions.Add(new Region { Id = OtherRegionId });
            await db.SaveChangesAsync();
        });

        string[] admin = ["admin", "member", "reader"];
        string[] member = ["member", "reader"];
        Add(new AuthContext { Token = SystemAdminToken, UserId = AdminUserId, SystemScope = "all", Roles = admin });
        Add(new AuthContext { Token = SystemReaderToken, UserId = ReaderUserId, SystemScope = "all", Roles = ["reader"] });
        Add(new AuthContext { Token = ProjectAdminToken, UserId = AdminUserId, ProjectId = AlphaProjectId, ProjectDomainId = DomainId, Roles = admin });
        Add(new AuthContext { Token = MemberToken, UserId = MemberUserId, ProjectId = AlphaProjectId, ProjectDomainId = DomainId, Roles = member });
        Add(new AuthContext { Token = ReaderToken, UserId = ReaderUserId, ProjectId = AlphaProjectId, ProjectDomainId = DomainId, Roles = ["reader"] });
        Add(new AuthContext { Token = OtherMemberToken, UserId = OtherMemberUserId, ProjectId = BetaProjectId, ProjectDomainId = DomainId, Roles = member });
        Add(new AuthContext { Token = DomainReaderToken, UserId = ReaderUserId, DomainId = DomainId, Roles = ["reader"] });
    }

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

    /// <summary>Sends a request with <paramref name="token"/> (none when null) and a JSON body (a string is sent as is).</summary>
    public async Task<(int Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, string? token = SystemAdminToken, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Add("X-Auth-Token", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ITokenValidator>(_validator);

    private void Add(AuthContext auth) => _validator.Add(auth with { ExpiresAt = DateTimeOffset.MaxValue, UserDomainId = DomainId });
}
