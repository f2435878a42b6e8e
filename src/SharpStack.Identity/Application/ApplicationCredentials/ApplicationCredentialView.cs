using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Application.ApplicationCredentials;

/// <summary>An application credential with its roles and access rules looked up, as the API shows it.</summary>
internal sealed record ApplicationCredentialView(ApplicationCredential Credential, IReadOnlyList<Role> Roles, IReadOnlyList<AccessRule> AccessRules);
