using SharpStack.Common.Auth;

namespace SharpStack.Common.Policy;

/// <summary>
/// Who is asking: the values of a validated token, read by generic checks under their oslo.context
/// names (user_id, project_id, domain_id, roles, system_scope, is_admin_project, ...).
/// </summary>
public sealed class PolicyCredentials
{
    private static readonly Dictionary<string, object?> NoAttributes = new(StringComparer.Ordinal);

    public string? UserId { get; init; }

    public string? UserDomainId { get; init; }

    public string? ProjectId { get; init; }

    public string? ProjectDomainId { get; init; }

    public string? DomainId { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>"all" for a system-scoped token, otherwise null.</summary>
    public string? SystemScope { get; init; }

    public bool IsAdminProject { get; init; } = true;

    /// <summary>Further attributes for generic checks, e.g. "is_admin" or "service_roles"; values may nest.</summary>
    public IReadOnlyDictionary<string, object?> Attributes { get; init; } = NoAttributes;

    /// <summary>The credentials of a validated token's caller; a project-scoped caller counts as the admin project's.</summary>
    public static PolicyCredentials Of(AuthContext caller, IReadOnlyDictionary<string, object?>? attributes = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new PolicyCredentials
        {
            UserId = caller.UserId,
            UserDomainId = caller.UserDomainId,
            ProjectId = caller.ProjectId,
            ProjectDomainId = caller.ProjectDomainId,
            DomainId = caller.DomainId,
            Roles = caller.Roles,
            SystemScope = caller.SystemScope,
            IsAdminProject = caller.ProjectId is not null,
            Attributes = attributes ?? NoAttributes,
        };
    }

    /// <summary>The scope oslo.policy derives from the credentials: system, then domain, else project.</summary>
    public string TokenScope =>
        !string.IsNullOrEmpty(SystemScope) ? PolicyScopeTypes.System
        : !string.IsNullOrEmpty(DomainId) ? PolicyScopeTypes.Domain
        : PolicyScopeTypes.Project;

    internal bool TryGetAttribute(string name, out object? value)
    {
        switch (name)
        {
            case "user_id":
                value = UserId;
                return true;
            case "user_domain_id":
                value = UserDomainId;
                return true;
            case "project_id":
                value = ProjectId;
                return true;
            case "project_domain_id":
                value = ProjectDomainId;
                return true;
            case "domain_id":
                value = DomainId;
                return true;
            case "roles":
                value = Roles;
                return true;
            case "system_scope":
                value = SystemScope;
                return true;
            case "system" when !string.IsNullOrEmpty(SystemScope):
                value = SystemScope;
                return true;
            case "is_admin_project":
                value = IsAdminProject;
                return true;
            default:
                return Attributes.TryGetValue(name, out value);
        }
    }
}
