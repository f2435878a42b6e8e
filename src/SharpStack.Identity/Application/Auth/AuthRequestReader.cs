using System.Text.Json;
using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application.Auth;

/// <summary>Checks an auth request's shape as Keystone's schema does, answering 400 with the field's path.</summary>
internal static class AuthRequestReader
{
    private static readonly string[] ScopeKinds = ["project", "domain", "system", "OS-TRUST:trust"];

    public static AuthRequest Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("auth", out var auth))
        {
            throw Expecting("auth", "request body");
        }

        RequireObject(auth, "auth");
        if (!auth.TryGetProperty("identity", out var identity))
        {
            throw Invalid("auth", "'identity' is a required property");
        }

        RequireObject(identity, "auth/identity");
        if (!identity.TryGetProperty("methods", out var methodsElement))
        {
            throw Invalid("auth/identity", "'methods' is a required property");
        }

        if (methodsElement.ValueKind != JsonValueKind.Array)
        {
            throw Invalid("auth/identity/methods", $"{methodsElement.GetRawText()} is not of type 'array'");
        }

        var methods = new List<string>();
        foreach (var method in methodsElement.EnumerateArray())
        {
            if (method.ValueKind != JsonValueKind.String)
            {
                throw Invalid("auth/identity/methods", $"{method.GetRawText()} is not of type 'string'");
            }

            methods.Add(method.GetString()!);
        }

        if (methods.Count == 0)
        {
            throw Invalid("auth/identity/methods", "[] is too short");
        }

        foreach (var method in methods)
        {
            if (!identity.TryGetProperty(method, out _))
            {
                throw Expecting(method, "identity");
            }
        }

        return new AuthRequest(methods.Distinct(StringComparer.Ordinal).ToList(), identity, ReadScope(auth));
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
        if (!auth.TryGetProperty("scope", out var scope) || scope.ValueKind == JsonValueKind.Null)
        {
            return AuthScope.Default;
        }

        if (scope.ValueKind == JsonValueKind.String)
        {
            return scope.GetString() == "unscoped"
                ? new AuthScope(AuthScopeKind.Unscoped)
                : throw Invalid("auth/scope", $"'{scope.GetString()}' is not one of ['unscoped']");
        }

        RequireObject(scope, "auth/scope");
        var kinds = ScopeKinds.Where(kind => scope.TryGetProperty(kind, out _)).ToList();
        if (kinds.Count > 1)
        {
            throw new BadRequestException($"Scoping to more than one of {string.Join(", ", kinds)} is not allowed.");
        }

        return kinds.FirstOrDefault() switch
        {
            "project" => ReadProject(scope.GetProperty("project")),
            "domain" => ReadDomain(scope.GetProperty("domain"), "auth/scope/domain", AuthScopeKind.Domain),
            "system" => ReadSystem(scope.GetProperty("system")),
            "OS-TRUST:trust" => new AuthScope(AuthScopeKind.Trust)
            {
                TrustId = OptionalString(scope.GetProperty("OS-TRUST:trust"), "id", "auth/scope/OS-TRUST:trust")
                    ?? throw Expecting("id", "trust"),
            },
            _ => AuthScope.Default,
        };
    }

    private static AuthScope ReadProject(JsonElement project)
    {
        const string Path = "auth/scope/project";
        RequireObject(project, Path);
        var id = OptionalString(project, "id", Path);
        var name = OptionalString(project, "name", Path);
        if (id is not null)
        {
            return new AuthScope(AuthScopeKind.Project) { ProjectId = id };
        }

        if (name is null)
        {
            throw Expecting("id or name", "project");
        }

        if (!project.TryGetProperty("domain", out var domain))
        {
            throw Expecting("domain", "project");
        }

        return ReadDomain(domain, Path + "/domain", AuthScopeKind.Project) with { ProjectName = name };
    }

    private static AuthScope ReadDomain(JsonElement domain, string path, AuthScopeKind kind)
    {
        RequireObject(domain, path);
        var id = OptionalString(domain, "id", path);
        var name = OptionalString(domain, "name", path);
        return id is null && name is null
            ? throw Expecting("id or name", "domain")
            : new AuthScope(kind) { DomainId = id, DomainName = id is null ? name : null };
    }

    private static AuthScope ReadSystem(JsonElement system)
    {
        RequireObject(system, "auth/scope/system");
        return system.TryGetProperty("all", out var all) && all.ValueKind == JsonValueKind.True
            ? new AuthScope(AuthScopeKind.System)
            : throw Invalid("auth/scope/system", $"{system.GetRawText()} does not have 'all': true");
    }
}
