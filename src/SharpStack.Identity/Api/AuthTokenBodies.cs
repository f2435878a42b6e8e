using System.Globalization;
using System.Text.Json.Serialization;
using SharpStack.Common.Auth;
using SharpStack.Identity.Application.Tokens;

namespace SharpStack.Identity.Api;

/// <summary>The <c>{"token": {...}}</c> body of issue and validate, shaped as the api-ref samples (only the scope's keys present).</summary>
internal static class AuthTokenBodies
{
    public static TokenResponse Render(TokenData token, IReadOnlyList<SharpStack.Common.Auth.CatalogService>? catalog) => new(new TokenBody
    {
        Methods = token.Payload.Methods,
        User = new UserBody(
            new NamedRef(token.User.DomainId, token.User.DomainName),
            token.User.Id,
            token.User.Name,
            token.User.PasswordExpiresAt is { } expires ? Time(new DateTimeOffset(expires, TimeSpan.Zero)) : null),
        AuditIds = token.Payload.AuditIds,
        ExpiresAt = Time(token.Payload.ExpiresAt),
        IssuedAt = Time(token.Payload.IssuedAt),
        Project = token.Project is { } project
            ? new ProjectBody(new NamedRef(project.DomainId, project.DomainName), project.Id, project.Name)
            : null,
        IsDomain = token.Project?.IsDomain,
        Domain = token.Domain is { } domain ? new NamedRef(domain.Id, domain.Name) : null,
        System = token.IsSystemScoped ? new SystemBody(true) : null,
        Roles = token.Payload.IsUnscoped ? null : [.. token.Roles.Select(role => new NamedRef(role.Id, role.Name))],
        Catalog = token.Payload.IsUnscoped || catalog is null ? null : Catalog(catalog),
        Trust = token.Trust is { } trust
            ? new TrustBody(trust.Id, trust.Impersonation, new IdRef(trust.TrusteeUserId), new IdRef(trust.TrustorUserId))
            : null,
        ApplicationCredential = token.ApplicationCredential is { } credential
            ? new ApplicationCredentialBody(
                credential.Id,
                credential.Name,
                !credential.Unrestricted,
                credential.AccessRules.Count == 0
                    ? null
                    : [.. credential.AccessRules.Select(rule => new AccessRuleBody(rule.ExternalId, rule.Service, rule.Path, rule.Method))])
            : null,
    });

    public static IReadOnlyList<CatalogEntry> Catalog(IReadOnlyList<SharpStack.Common.Auth.CatalogService> catalog) =>
    [
        .. catalog.Select(service => new CatalogEntry(
            [.. service.Endpoints.Select(e => new CatalogEndpointBody(e.Id, e.Interface, e.Region, e.RegionId, e.Url))],
            service.Id,
            service.Type,
            service.Name)),
    ];

    /// <summary>Keystone's isotime with subseconds: microseconds always printed, 'Z' for UTC.</summary>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    internal sealed record TokenResponse(TokenBody Token);

    internal sealed record TokenBody
    {
        public required IReadOnlyList<string> Methods { get; init; }

        public required UserBody User { get; init; }

        public required IReadOnlyList<string> AuditIds { get; init; }

        public required string ExpiresAt { get; init; }

        public required string IssuedAt { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public ProjectBody? Project { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public bool? IsDomain { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public NamedRef? Domain { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public SystemBody? System { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public IReadOnlyList<NamedRef>? Roles { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public IReadOnlyList<CatalogEntry>? Catalog { get; init; }

        [JsonPropertyName("OS-TRUST:trust")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public TrustBody? Trust { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public ApplicationCredentialBody? ApplicationCredential { get; init; }
    }

    internal sealed record TrustBody(string Id, bool Impersonation, IdRef TrusteeUser, IdRef TrustorUser);

    internal sealed record IdRef(string Id);

    internal sealed record ApplicationCredentialBody(
        string Id,
        string Name,
        bool Restricted,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AccessRuleBody>? AccessRules);

    internal sealed record AccessRuleBody(string Id, string Service, string Path, string Method);

    internal sealed record UserBody(NamedRef Domain, string Id, string Name, string? PasswordExpiresAt);

    internal sealed record NamedRef(string Id, string Name);

    internal sealed record ProjectBody(NamedRef Domain, string Id, string Name);

    internal sealed record SystemBody(bool All);

    internal sealed record CatalogEntry(IReadOnlyList<CatalogEndpointBody> Endpoints, string Id, string Type, string? Name);

    internal sealed record CatalogEndpointBody(string Id, string Interface, string? Region, string? RegionId, string Url);
}
