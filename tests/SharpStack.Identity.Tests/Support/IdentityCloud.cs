using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharpStack.Identity.Persistence;
using SharpStack.Testing.Identity;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Support;

/// <summary>
/// The Identity of one test class: the harness's real <see cref="IdentityServer"/> on a clock the tests can move, with
/// the harness's personas. A derived fixture changes Identity's settings or adds the data its tests share.
/// </summary>
public class IdentityCloud : IAsyncLifetime
{
    private IdentityServer? _identity;
    private PersonaDirectory? _personas;
    private IdentityAdminClient? _admin;

    public ShiftedTimeProvider Clock { get; } = new();

    public IdentityServer Identity => _identity ?? throw NotStarted();

    public PersonaDirectory Personas => _personas ?? throw new InvalidOperationException($"{GetType().Name} has no personas.");

    public PersonaTargets Targets => Personas.Targets;

    /// <summary>The bootstrap admin, system-scoped, for setting up what tests need.</summary>
    public IdentityAdminClient Admin => _admin ?? throw NotStarted();

    public HttpClient Client => Identity.Client;

    public Uri BaseUri => Identity.BaseUri;

    public IServiceProvider Services => Identity.Services;

    /// <summary>The bootstrap admin's user.</summary>
    public string AdminUserId { get; private set; } = "";

    /// <summary>The bootstrap admin's project, <c>admin</c> in the Default domain.</summary>
    public string AdminProjectId { get; private set; } = "";

    /// <summary>Identity's settings in <c>section:key</c> form; a derived fixture may add some.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    /// <summary>Whether the fixture creates the harness's personas (settings such as a password regex may forbid them).</summary>
    protected virtual bool HasPersonas => true;

    public Task<string> TokenAsync(Persona persona) => Personas.TokenAsync(persona);

    public PersonaAccount Account(Persona persona) => Personas.Account(persona);

    public async Task InitializeAsync()
    {
        _identity = await IdentityServer.StartAsync(new IdentityServerOptions
        {
            Settings = Settings,
            ConfigureServices = services =>
            {
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
                ReplaceServices(services);
            },
        });
        if (HasPersonas)
        {
            _personas = await PersonaDirectory.CreateAsync(_identity);
            _admin = _personas.Admin;
        }
        else
        {
            _admin = await IdentityAdminClient.ConnectAsync(_identity);
        }

        AdminUserId = await _admin.SingleIdAsync("v3/users?name=admin", "users");
        AdminProjectId = await _admin.SingleIdAsync("v3/projects?name=admin", "projects");
        await SeedAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_identity is not null)
        {
            await _identity.DisposeAsync();
        }
    }

    /// <summary>The bootstrap admin's token on the admin project (role admin, implying member and reader).</summary>
    public Task<string> AdminTokenAsync() =>
        IdentityTokens.IssueAsync(Client, "admin", "default", IdentityServer.AdminPassword, IdentityTokens.ProjectScope(AdminProjectId));

    /// <summary>The bootstrap admin's system-scoped token.</summary>
    public Task<string> SystemAdminTokenAsync() =>
        IdentityTokens.IssueAsync(Client, "admin", "default", IdentityServer.AdminPassword, IdentityTokens.SystemScope());

    /// <summary><c>GET /v3/auth/tokens</c> of <paramref name="subjectToken"/> as the admin: 200 while it is valid, 404 once revoked.</summary>
    public async Task<HttpStatusCode> ValidateAsync(string subjectToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("v3/auth/tokens?nocatalog", UriKind.Relative));
        request.Headers.Add("X-Auth-Token", Admin.Token);
        request.Headers.Add("X-Subject-Token", subjectToken);
        using var response = await Client.SendAsync(request);
        return response.StatusCode;
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

    /// <summary>Replaces or adds services after Identity has registered its own (a fault to inject, a recording fake).</summary>
    protected virtual void ReplaceServices(IServiceCollection services)
    {
    }

    /// <summary>Creates the data the derived fixture's tests share, once Identity and the personas are there.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    private static InvalidOperationException NotStarted() => new("The Identity fixture has not started.");
}
