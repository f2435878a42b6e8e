using System.Text.Json.Nodes;
using SharpStack.Testing.PolicyMatrix;
using SharpStack.Testing.Personas;

namespace SharpStack.PolicyMatrix.Tests;

/// <summary>
/// Identity's targets of the resource and assignment APIs, made as the system admin. <c>@A</c> and <c>@B</c> name the
/// domain a resource lives in (domain A holds project A, domain B project B); <c>@self</c> the caller's own user. A
/// grant target <c>grant.XY@D</c> names a target X (<c>p</c>roject, <c>d</c>omain, <c>s</c>ystem) and actor Y
/// (<c>u</c>ser, <c>g</c>roup) of domain D with the reader role, not yet granted; <c>.done</c> when granted, <c>.inh</c>
/// when granted as inherited to projects.
/// </summary>
internal static class IdentityTargets
{
    public static void AddTo(MatrixTargetCatalog catalog, IdentitySetup identity)
    {
        var ids = identity.Ids;
        catalog.AddExisting("domainA", Values(("id", ids.DomainAId), ("domainId", ids.DomainAId)));
        catalog.AddExisting("domainB", Values(("id", ids.DomainBId), ("domainId", ids.DomainBId)));
        catalog.AddExisting("projectA", Values(("id", ids.ProjectAId), ("projectId", ids.ProjectAId), ("domainId", ids.DomainAId)));
        catalog.AddExisting("projectB", Values(("id", ids.ProjectBId), ("projectId", ids.ProjectBId), ("domainId", ids.DomainBId)));
        catalog.Add(new("projectA.tagged", async _ =>
        {
            await identity.AdminAsync(HttpMethod.Put, $"v3/projects/{ids.ProjectAId}/tags/matrix");
            return MatrixTarget.Of(("id", ids.ProjectAId), ("projectId", ids.ProjectAId), ("domainId", ids.DomainAId));
        }));
        catalog.Add(new("user@self", context =>
        {
            var account = identity.Personas.Account(context.Self);
            return Task.FromResult(MatrixTarget.Of(("id", account.UserId), ("userId", account.UserId), ("domainId", account.DomainId)));
        }, PerCaller: true, Existing: true));
        catalog.Add(new("domain", async context => Domain(await identity.CreateAsync("v3/domains", "domain", new JsonObject { ["name"] = context.Unique }))));
        catalog.Add(new("domain.disabled", async context =>
            Domain(await identity.CreateAsync("v3/domains", "domain", new JsonObject { ["name"] = context.Unique, ["enabled"] = false }))));
        catalog.Add(new("role", async context => Role(await identity.RoleAsync(context.Unique))));
        catalog.Add(new("role.pair", async context =>
            MatrixTarget.Of(("priorId", await identity.RoleAsync(context.Unique + "-prior")), ("impliedId", await identity.RoleAsync(context.Unique + "-implied")))));
        catalog.Add(new("implication", async context =>
        {
            var prior = await identity.RoleAsync(context.Unique + "-prior");
            var implied = await identity.RoleAsync(context.Unique + "-implied");
            await identity.AdminAsync(HttpMethod.Put, $"v3/roles/{prior}/implies/{implied}");
            return MatrixTarget.Of(("id", prior), ("priorId", prior), ("impliedId", implied));
        }));
        foreach (var suffix in new[] { "A", "B" })
        {
            var domain = identity.DomainOf(suffix);
            catalog.Add(new($"project@{suffix}", async context => Project(await identity.ProjectAsync(domain, context.Unique), domain)));
            catalog.Add(new($"project.tagged@{suffix}", async context =>
            {
                var project = await identity.ProjectAsync(domain, context.Unique);
                await identity.AdminAsync(HttpMethod.Put, $"v3/projects/{project}/tags/matrix");
                return Project(project, domain);
            }));
            catalog.Add(new($"user@{suffix}", async context => User(await identity.UserAsync(domain, context.Unique), domain)));
            catalog.Add(new($"group@{suffix}", async context => Group(await identity.GroupAsync(domain, context.Unique), domain)));
            catalog.Add(new($"membership@{suffix}", context => MembershipAsync(identity, domain, context.Unique, add: true)));
            catalog.Add(new($"membership.none@{suffix}", context => MembershipAsync(identity, domain, context.Unique, add: false)));
            AddGrants(catalog, identity, suffix, domain);
        }

        AddGrant(catalog, identity, "grant.su", "", (_, _) => Task.FromResult<(string, string)>(("system", "")), "users", "userId");
        AddGrant(catalog, identity, "grant.sg", "", (_, _) => Task.FromResult<(string, string)>(("system", "")), "groups", "groupId");
    }

    private static void AddGrants(MatrixTargetCatalog catalog, IdentitySetup identity, string suffix, string domain)
    {
        Func<string, string, Task<(string, string)>> project = async (domainId, name) => ("projectId", await identity.ProjectAsync(domainId, name));
        Func<string, string, Task<(string, string)>> ownDomain = (domainId, _) => Task.FromResult(("domainId", domainId));
        AddGrant(catalog, identity, $"grant.pu@{suffix}", domain, project, "users", "userId");
        AddGrant(catalog, identity, $"grant.pg@{suffix}", domain, project, "groups", "groupId");
        AddGrant(catalog, identity, $"grant.du@{suffix}", domain, ownDomain, "users", "userId");
        AddGrant(catalog, identity, $"grant.dg@{suffix}", domain, ownDomain, "groups", "groupId");
    }

    /// <summary>Registers <paramref name="name"/> (not granted), <c>.done</c> (granted) and <c>.inh</c> (granted, inherited to projects).</summary>
    private static void AddGrant(
        MatrixTargetCatalog catalog, IdentitySetup identity, string name, string domain,
        Func<string, string, Task<(string Name, string Id)>> scope, string actors, string actorValue)
    {
        var at = name.IndexOf('@', StringComparison.Ordinal);
        var baseName = at < 0 ? name : name[..at];
        var place = at < 0 ? "" : name[at..];
        catalog.Add(new(name, context => GrantAsync(identity, context.Unique, domain, scope, actors, actorValue, null)));
        catalog.Add(new($"{baseName}.done{place}", context => GrantAsync(identity, context.Unique, domain, scope, actors, actorValue, "")));
        if (at >= 0)
        {
            catalog.Add(new($"{baseName}.inh{place}", context => GrantAsync(identity, context.Unique, domain, scope, actors, actorValue, "/inherited_to_projects")));
        }
    }

    private static async Task<MatrixTarget> GrantAsync(
        IdentitySetup identity, string name, string domain, Func<string, string, Task<(string Name, string Id)>> scope,
        string actors, string actorValue, string? grantSuffix)
    {
        var actorDomain = domain.Length == 0 ? identity.Ids.DomainAId : domain;
        var actor = actors == "users" ? await identity.UserAsync(actorDomain, name) : await identity.GroupAsync(actorDomain, name);
        var (scopeValue, scopeId) = await scope(actorDomain, name);
        var role = await identity.ReaderRoleAsync();
        if (grantSuffix is not null)
        {
            var target = scopeValue switch
            {
                "system" => "v3/system",
                "projectId" => $"v3/projects/{scopeId}",
                _ => $"v3/domains/{scopeId}",
            };
            var prefix = grantSuffix.Length > 0 ? "v3/OS-INHERIT/" + target[3..] : target;
            await identity.GrantAsync($"{prefix}/{actors}/{actor}/roles/{role}{grantSuffix}");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["id"] = actor, [actorValue] = actor, ["roleId"] = role };
        if (scopeValue != "system")
        {
            values[scopeValue] = scopeId;
        }

        return new MatrixTarget(values);
    }

    private static async Task<MatrixTarget> MembershipAsync(IdentitySetup identity, string domain, string name, bool add)
    {
        var group = await identity.GroupAsync(domain, name);
        var user = await identity.UserAsync(domain, name);
        if (add)
        {
            await identity.AdminAsync(HttpMethod.Put, $"v3/groups/{group}/users/{user}");
        }

        return MatrixTarget.Of(("id", user), ("groupId", group), ("userId", user), ("domainId", domain));
    }

    private static MatrixTarget Domain(string id) => MatrixTarget.Of(("id", id), ("domainId", id));

    private static MatrixTarget Project(string id, string domain) => MatrixTarget.Of(("id", id), ("projectId", id), ("domainId", domain));

    private static MatrixTarget User(string id, string domain) =>
        MatrixTarget.Of(("id", id), ("userId", id), ("domainId", domain), ("password", IdentitySetup.UserPassword));

    private static MatrixTarget Group(string id, string domain) => MatrixTarget.Of(("id", id), ("groupId", id), ("domainId", domain));

    private static MatrixTarget Role(string id) => MatrixTarget.Of(("id", id), ("roleId", id));

    private static Dictionary<string, string> Values(params (string Name, string Value)[] values) =>
        values.ToDictionary(pair => pair.Name, pair => pair.Value, StringComparer.Ordinal);
}
