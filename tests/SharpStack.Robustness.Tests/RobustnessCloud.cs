using System.Text.Json.Nodes;
using SharpStack.Identity.Application;
using SharpStack.Testing.Identity;
using SharpStack.Testing.Personas;
using SharpStack.Testing.Robustness;
using SharpStack.Testing.Services;

namespace SharpStack.Robustness.Tests;

/// <summary>
/// Every service of <c>CloudComposition.Default</c> on its own host over a real Identity with the personas, each also on a
/// second host over the same data with proxy header parsing on; and in every service the resources of two owners:
/// project A's (attacked without a token and by the member of project B) and the admin's own (project D, which the
/// admin's requests may change).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class RobustnessCloud : IAsyncLifetime
{
    public const string ProjectAOwner = "A";
    public const string AdminOwner = "D";
    private const string OwnerPassword = "robust-secret";

    private static readonly KeyValuePair<string, string?>[] ProxyParsingOff =
        [new("api:enable_proxy_headers_parsing", "false"), new("oslo_middleware:enable_proxy_headers_parsing", "false")];

    private static readonly KeyValuePair<string, string?>[] ProxyParsingOn =
        [new("api:enable_proxy_headers_parsing", "true"), new("oslo_middleware:enable_proxy_headers_parsing", "true")];

    private readonly RobustPersonaCloud _personas = new();
    private readonly List<RobustService> _services = [];
    private readonly List<ServiceApiHost> _hosts = [];
    private readonly List<string> _notes = [];

    public IReadOnlyList<RobustService> Services => _services;

    /// <summary>Resources that could not be made (their parameters take the unknown id).</summary>
    public IReadOnlyList<string> Notes => _notes;

    public string OtherProjectToken { get; private set; } = "";

    /// <summary>The cloud admin's token (project-scoped, as <c>openstack</c> runs by default).</summary>
    public string AdminToken { get; private set; } = "";

    /// <summary>The bootstrap admin's system-scoped token, the admin of Identity's own API.</summary>
    public string SystemAdminToken => _personas.Personas.Admin.Token;

    /// <summary>The admin token that passes the service's admin rules.</summary>
    public string AdminTokenFor(RobustService service) => service.Definition.IsIdentity ? SystemAdminToken : AdminToken;

    public RobustService Service(string name) => _services.Single(service => service.Name == name);

    public async Task InitializeAsync()
    {
        await _personas.InitializeAsync();
        var identity = _personas.Identity;
        foreach (var definition in ComposedServices.Default)
        {
            _services.Add(definition.IsIdentity
                ? new RobustService(definition, identity.Host, await StartAsync(definition, identity.Host.DataDirectory, [new("identity:password_hash_rounds", "4")]))
                : await StartAsync(definition, identity));
        }

        OtherProjectToken = await _personas.TokenAsync(Persona.ProjectBMember);
        AdminToken = await _personas.TokenAsync(Persona.CloudAdmin);
        var targets = _personas.Targets;
        var owners = new[]
        {
            await OwnerAsync(ProjectAOwner, targets.DomainAId, targets.ProjectAId, targets.ProjectCId),
            await OwnerAsync(AdminOwner, null, null, targets.ProjectCId),
        };
        foreach (var service in _services)
        {
            foreach (var owner in owners)
            {
                var context = new TargetContext(owner, AdminTokenFor(service), service.Host.Client);
                await TargetFactories.AddAsync(service.Name, context);
                service.SetTargets(owner.Name, context.Targets());
                _notes.AddRange(context.Notes.Select(note => $"{service.Name} {note}"));
            }
        }
    }

    /// <summary>
    /// The callers whose tokens no longer validate: a run that revoked one (or disabled its user) did not make the
    /// attacks it reports after that, since every later request of that caller stopped at authentication.
    /// </summary>
    public async Task<IReadOnlyList<string>> LostTokensAsync()
    {
        var lost = new List<string>();
        foreach (var (caller, token) in new[] { ("member of project B", OtherProjectToken), ("cloud admin", AdminToken), ("system admin", SystemAdminToken) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "v3/auth/tokens");
            request.Headers.Add("X-Auth-Token", token);
            request.Headers.Add("X-Subject-Token", token);
            using var response = await _personas.Identity.Client.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                lost.Add($"the {caller}'s token no longer validates ({(int)response.StatusCode})");
            }
        }

        return lost;
    }

    public async Task DisposeAsync()
    {
        for (var index = _hosts.Count - 1; index >= 0; index--)
        {
            await _hosts[index].DisposeAsync();
        }

        await _personas.DisposeAsync();
    }

    private async Task<RobustService> StartAsync(ComposedService definition, IdentityServer identity)
    {
        IEnumerable<KeyValuePair<string, string?>> settings = [.. definition.Settings(IdentityServer.RegionName), .. identity.AuthTokenSettings()];
        var host = await ServiceApiHost.StartAsync(new ServiceApiHostOptions
        {
            Name = definition.Name,
            AddService = definition.AddService,
            MapApi = definition.MapApi,
            Settings = [.. settings, .. ProxyParsingOff],
        });
        _hosts.Add(host);
        await identity.AddToCatalogAsync(new CatalogService(
            definition.CatalogType, definition.CatalogName, host.BaseUri.ToString().TrimEnd('/'), RegisteredLimits: definition.RegisteredLimits));
        return new RobustService(definition, host, await StartAsync(definition, host.DataDirectory, settings));
    }

    /// <summary>The service's second host: the same data folder (database, keys, stored files), proxy header parsing on.</summary>
    private async Task<ServiceApiHost> StartAsync(ComposedService definition, DirectoryInfo data, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var host = await ServiceApiHost.StartAsync(new ServiceApiHostOptions
        {
            Name = $"{definition.Name}-proxied",
            AddService = definition.AddService,
            MapApi = definition.MapApi,
            Settings = [.. settings, new("database:data_dir", data.FullName), .. ProxyParsingOn],
            Migrate = false,
        });
        _hosts.Add(host);
        return host;
    }

    /// <summary>A user of its own with the member role on the owner's project (a new domain and project when none is given).</summary>
    private async Task<TargetOwner> OwnerAsync(string name, string? domainId, string? projectId, string otherProjectId)
    {
        var admin = _personas.Personas.Admin;
        domainId ??= await admin.CreateAsync("v3/domains", "domain", new JsonObject { ["name"] = $"robust-domain-{name}" });
        projectId ??= await admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = $"robust-project-{name}", ["domain_id"] = domainId });
        var userName = $"robust-owner-{name}";
        var userId = await admin.CreateAsync("v3/users", "user", new JsonObject { ["name"] = userName, ["domain_id"] = domainId, ["password"] = OwnerPassword });
        await admin.GrantAsync($"v3/projects/{projectId}/users/{userId}/roles/{await admin.RoleIdAsync("member")}");
        var token = await IdentityTokens.IssueAsync(_personas.Identity.Client, userName, domainId, OwnerPassword, IdentityTokens.ProjectScope(projectId));
        return new TargetOwner(name, domainId, projectId, userId, userName, token, otherProjectId);
    }

    private sealed class RobustPersonaCloud : PersonaCloud
    {
        protected override IdentityServerOptions Options() => new() { Settings = ProxyParsingOff };
    }
}
