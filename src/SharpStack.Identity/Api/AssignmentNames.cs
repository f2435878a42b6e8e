using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Api;

/// <summary>The names <c>include_names</c> adds (Keystone's _get_names_from_role_assignments); empty names for vanished entities.</summary>
internal sealed class AssignmentNames
{
    private Dictionary<string, string> _domains = [];
    private Dictionary<string, (string Name, string DomainId)> _projects = [];
    private Dictionary<string, (string Name, string DomainId)> _users = [];
    private Dictionary<string, (string Name, string DomainId)> _groups = [];
    private Dictionary<string, Role> _roles = [];

    public static async Task<AssignmentNames> LoadAsync(IdentityDbContext db, CancellationToken cancellationToken) => new()
    {
        _domains = await db.Domains.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken),
        _projects = await db.Projects.AsNoTracking().ToDictionaryAsync(p => p.Id, p => (p.Name, p.DomainId), cancellationToken),
        _users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => (u.Name, u.DomainId), cancellationToken),
        _groups = await db.Groups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => (g.Name, g.DomainId), cancellationToken),
        _roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, cancellationToken),
    };

    public JsonObject Domain(string id) => new() { ["id"] = id, ["name"] = _domains.GetValueOrDefault(id, "") };

    public JsonObject Project(string id) => Owned(id, _projects);

    public JsonObject User(string id) => Owned(id, _users);

    public JsonObject Group(string id) => Owned(id, _groups);

    public JsonObject Role(string id)
    {
        var json = new JsonObject { ["id"] = id, ["name"] = _roles.TryGetValue(id, out var role) ? role.Name : "" };
        if (role is { IsGlobal: false })
        {
            json["domain"] = Domain(role.DomainId);
        }

        return json;
    }

    private JsonObject Owned(string id, Dictionary<string, (string Name, string DomainId)> entities)
    {
        var found = entities.TryGetValue(id, out var entity);
        return new JsonObject
        {
            ["id"] = id,
            ["name"] = found ? entity.Name : "",
            ["domain"] = found ? Domain(entity.DomainId) : new JsonObject { ["id"] = "", ["name"] = "" },
        };
    }
}
