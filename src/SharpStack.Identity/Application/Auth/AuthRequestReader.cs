using System.Text.Json;
using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application.Auth;

/// <summary>
/// Reads an auth request that keystone/auth/schema.py token_issue has checked, with the checks Keystone's AuthInfo
/// makes after the schema; the methods' own sections are read, and answered 400 with their path, by the methods.
/// </summary>
internal static class AuthRequestReader
{
    private static readonly string[] ScopeKinds = ["project", "domain", "unscoped", "system", "OS-TRUST:trust"];

    public static AuthRequest Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("auth", out var auth) || auth.ValueKind == JsonValueKind.Null)
        {
            throw Expecting("auth", "request body");
        }

        var identity = auth.GetProperty("identity");
        var methods = identity.GetProperty("methods").EnumerateArray().Select(method => method.GetString()!).Distinct(StringComparer.Ordinal).ToList();
        foreach (var method in methods.Where(method => !identity.TryGetProperty(method, out _)))
        {
            throw Expecting(method, "identity");
        }

        return new AuthRequest(methods, identity, ReadScope(auth));
    }

    public static BadRequestException Invalid(string path, string message) =>
        new($"Invalid input for field '{path}': {message}");

    public static BadRequestException Expecting(string attribute, string target) =>
        new($"Expecting to find {attribute} in {target}. The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.");

    public static void RequireObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, $"{element.GetRawText()} is not of type 'object'");
        }
    }

    /// <summary>An optional string property; 400 when present with another type.</summary>
    public static string? OptionalString(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw Invalid($"{path}/{name}", $"{value.GetRawText()} is not of type 'string'");
    }

    private static AuthScope ReadScope(JsonElement auth)
    {
        if (!auth.TryGetProperty("scope", out var scope))
        {
            return AuthScope.Default;
        }

        // keystoneauth sends "unscoped"; older releases sent {"unscoped": {}}, which the object form below takes.
        if (scope.ValueKind == JsonValueKind.String)
        {
            return scope.GetString() == "unscoped"
                ? new AuthScope(AuthScopeKind.Unscoped)
                : throw Invalid("scope", $"'{scope.GetString()}' is not one of ['unscoped']");
        }

        var kinds = ScopeKinds.Where(kind => scope.TryGetProperty(kind, out _)).ToList();
        return kinds.Count != 1 ? throw Expecting("system, project, domain, OS-TRUST:trust or unscoped", "scope") : kinds[0] switch
        {
            "project" => ReadProject(scope.GetProperty("project")),
            "domain" => ReadDomain(scope.GetProperty("domain"), AuthScopeKind.Domain),
            "unscoped" => new AuthScope(AuthScopeKind.Unscoped),
            "system" => new AuthScope(AuthScopeKind.System),
            _ => new AuthScope(AuthScopeKind.Trust)
            {
                TrustId = Text(scope.GetProperty("OS-TRUST:trust"), "id") ?? throw Expecting("trust_id", "trust"),
            },
        };
    }

    // As Keystone's _lookup_project: by name (in its domain) when there is one, else by id.
    private static AuthScope ReadProject(JsonElement project)
    {
        if (Text(project, "name") is not { } name)
        {
            return new AuthScope(AuthScopeKind.Project) { ProjectId = project.TryGetProperty("id", out var id) ? id.GetString() : string.Empty };
        }

        return project.TryGetProperty("domain", out var domain)
            ? ReadDomain(domain, AuthScopeKind.Project) with { ProjectName = name }
            : throw Expecting("domain", "project");
    }

    private static AuthScope ReadDomain(JsonElement domain, AuthScopeKind kind)
    {
        var id = Text(domain, "id");
        var name = Text(domain, "name");
        return id is null && name is null
            ? throw Expecting("id or name", "domain")
            : new AuthScope(kind) { DomainId = id, DomainName = id is null ? name : null };
    }

    // A member the schema has typed as a string; Keystone reads an empty one as absent.
    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } text ? text : null;
}
