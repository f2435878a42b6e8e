using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using SharpStack.Testing.Identity;

namespace SharpStack.Testing.Personas;

/// <summary>
/// The personas of one real Identity: domains A and B, project A in domain A and project B in domain B, and one user per
/// <see cref="Persona"/> with its role on its scope, all made through Identity's REST API as the admin. Tokens are issued
/// by password on first use and then reused.
/// </summary>
public sealed class PersonaDirectory
{
    public const string Password = "persona-secret";

    private readonly IdentityServer _identity;
    private readonly Dictionary<Persona, PersonaAccount> _accounts;
    private readonly ConcurrentDictionary<Persona, Lazy<Task<string>>> _tokens = new();

    private PersonaDirectory(IdentityServer identity, IdentityAdminClient admin, PersonaTargets targets, Dictionary<Persona, PersonaAccount> accounts)
    {
        _identity = identity;
        Admin = admin;
        Targets = targets;
        _accounts = accounts;
    }

    /// <summary>The bootstrap admin, system-scoped: for setting up test data.</summary>
    public IdentityAdminClient Admin { get; }

    /// <summary>The ids of domains A and B, projects A and B and the service project.</summary>
    public PersonaTargets Targets { get; }

    public PersonaAccount Account(Persona persona) => _accounts[persona];

    /// <summary>The persona's token, issued by password on first use.</summary>
    public Task<string> TokenAsync(Persona persona) =>
        _tokens.GetOrAdd(persona, key => new Lazy<Task<string>>(() => IssueAsync(_accounts[key]))).Value;

    public static async Task<PersonaDirectory> CreateAsync(IdentityServer identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var admin = await IdentityAdminClient.ConnectAsync(identity);
        var targets = await PersonaTargets.CreateAsync(admin);
        var accounts = new Dictionary<Persona, PersonaAccount>();
        foreach (var (persona, domainId, scope, scopeId, role) in Plan(targets))
        {
            accounts[persona] = await CreateAccountAsync(admin, persona, domainId, scope, scopeId, role);
        }

        accounts[Persona.ServiceUser] = new PersonaAccount(
            Persona.ServiceUser, await UserIdAsync(admin, IdentityServer.ServiceUserName), IdentityServer.ServiceUserName, "default",
            IdentityServer.ServicePassword, PersonaScope.Project, targets.ServiceProjectId, "service");
        accounts[Persona.CloudAdmin] = new PersonaAccount(
            Persona.CloudAdmin, await UserIdAsync(admin, "admin"), "admin", "default", IdentityServer.AdminPassword,
            PersonaScope.Project, targets.AdminProjectId, "admin");
        return new PersonaDirectory(identity, admin, targets, accounts);
    }

    private static async Task<string> UserIdAsync(IdentityAdminClient admin, string name)
    {
        var users = await admin.SendAsync(HttpMethod.Get, $"v3/users?name={name}&domain_id=default");
        return users!["users"]!.AsArray().Single()!["id"]!.GetValue<string>();
    }

    private static IEnumerable<(Persona, string, PersonaScope, string, string)> Plan(PersonaTargets targets) =>
    [
        (Persona.SystemAdmin, "default", PersonaScope.System, "all", "admin"),
        (Persona.SystemMember, "default", PersonaScope.System, "all", "member"),
        (Persona.SystemReader, "default", PersonaScope.System, "all", "reader"),
        (Persona.DomainAdmin, targets.DomainAId, PersonaScope.Domain, targets.DomainAId, "admin"),
        (Persona.DomainMember, targets.DomainAId, PersonaScope.Domain, targets.DomainAId, "member"),
        (Persona.DomainReader, targets.DomainAId, PersonaScope.Domain, targets.DomainAId, "reader"),
        (Persona.ProjectAdmin, targets.DomainAId, PersonaScope.Project, targets.ProjectAId, "admin"),
        (Persona.ProjectMember, targets.DomainAId, PersonaScope.Project, targets.ProjectAId, "member"),
        (Persona.ProjectReader, targets.DomainAId, PersonaScope.Project, targets.ProjectAId, "reader"),
        (Persona.ProjectBMember, targets.DomainBId, PersonaScope.Project, targets.ProjectBId, "member"),
        (Persona.ProjectCMember, targets.DomainBId, PersonaScope.Project, targets.ProjectCId, "member"),
    ];

    private static async Task<PersonaAccount> CreateAccountAsync(
        IdentityAdminClient admin, Persona persona, string domainId, PersonaScope scope, string scopeId, string role)
    {
        var name = "persona-" + persona.ToString().ToLowerInvariant();
        var userId = await admin.CreateAsync("v3/users", "user", new JsonObject { ["name"] = name, ["domain_id"] = domainId, ["password"] = Password });
        var roleId = await admin.RoleIdAsync(role);
        var target = scope switch
        {
            PersonaScope.System => "v3/system",
            PersonaScope.Domain => $"v3/domains/{scopeId}",
            _ => $"v3/projects/{scopeId}",
        };
        await admin.GrantAsync($"{target}/users/{userId}/roles/{roleId}");
        return new PersonaAccount(persona, userId, name, domainId, Password, scope, scopeId, role);
    }

    private Task<string> IssueAsync(PersonaAccount account) => IdentityTokens.IssueAsync(
        _identity.Client, account.UserName, account.DomainId, account.Password, account.Scope switch
        {
            PersonaScope.System => IdentityTokens.SystemScope(),
            PersonaScope.Domain => IdentityTokens.DomainScope(account.ScopeId),
            _ => IdentityTokens.ProjectScope(account.ScopeId),
        });
}
