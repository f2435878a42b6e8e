namespace SharpStack.Identity.Application.ApplicationCredentials;

/// <summary>A validated <c>POST /v3/users/{user_id}/application_credentials</c> body.</summary>
internal sealed record ApplicationCredentialRequest(
    string Name,
    string? Description,
    string? Secret,
    DateTime? ExpiresAt,
    bool Unrestricted,
    IReadOnlyList<RoleReference> Roles,
    IReadOnlyList<AccessRuleRequest>? AccessRules);
