using System.Text.Json;
using SharpStack.Common.Auth;

namespace SharpStack.Hosting.Auth;

/// <summary>Maps Identity's <c>{"token": {...}}</c> validation body to an <see cref="AuthContext"/>.</summary>
internal static class KeystoneTokenReader
{
    public static AuthContext Read(JsonElement root, string token)
    {
        var body = root.GetProperty("token");
        var user = body.GetProperty("user");
        var project = Optional(body, "project");
        var domain = Optional(body, "domain");
        var system = Optional(body, "system");
        return new AuthContext
        {
            Token = token,
            ExpiresAt = body.GetProperty("expires_at").GetDateTimeOffset(),
            UserId = user.GetProperty("id").GetString()!,
            UserName = Text(user, "name"),
            UserDomainId = Text(Optional(user, "domain"), "id"),
            UserDomainName = Text(Optional(user, "domain"), "name"),
            ProjectId = Text(project, "id"),
            ProjectName = Text(project, "name"),
            ProjectDomainId = Text(Optional(project, "domain"), "id"),
            ProjectDomainName = Text(Optional(project, "domain"), "name"),
            DomainId = Text(domain, "id"),
            DomainName = Text(domain, "name"),
            SystemScope = system is { ValueKind: JsonValueKind.Object } scope && scope.TryGetProperty("all", out var all) && all.ValueKind == JsonValueKind.True ? "all" : null,
            Roles = Items(body, "roles").Select(role => Text(role, "name")).OfType<string>().ToList(),
            AuditIds = Items(body, "audit_ids").Select(id => id.GetString()).OfType<string>().ToList(),
            Catalog = Items(body, "catalog").Select(ReadService).ToList(),
        };
    }

    private static CatalogService ReadService(JsonElement service) => new(
        Text(service, "id") ?? string.Empty,
        Text(service, "type") ?? string.Empty,
        Text(service, "name"),
        Items(service, "endpoints").Select(endpoint => new CatalogEndpoint(
            Text(endpoint, "id") ?? string.Empty,
            Text(endpoint, "interface") ?? string.Empty,
            Text(endpoint, "region"),
            Text(endpoint, "region_id"),
            Text(endpoint, "url") ?? string.Empty)).ToList());

    private static JsonElement? Optional(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var child) && child.ValueKind != JsonValueKind.Null
            ? child
            : null;

    private static string? Text(JsonElement? parent, string name) =>
        Optional(parent, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static JsonElement[] Items(JsonElement parent, string name) =>
        Optional(parent, name) is { ValueKind: JsonValueKind.Array } array ? [.. array.EnumerateArray()] : [];
}
