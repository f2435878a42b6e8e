using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Application.ApplicationCredentials;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Auth;

/// <summary>
/// The <c>application_credential</c> method: a credential by id, or by name with its user (by id, or by name and domain),
/// and its secret. The token is bound to the credential: its project, its roles, its expiry. As Keystone, a request that
/// also asks for a scope is refused, and every failure is the same 401.
/// </summary>
internal sealed class ApplicationCredentialAuthMethod(IdentityDbContext db, ApplicationCredentialLookup credentials, PasswordHasher hasher) : IAuthMethod
{
    public string Name => "application_credential";

    public async Task<AuthMethodResult> AuthenticateAsync(AuthMethodContext context, CancellationToken cancellationToken)
    {
        AuthRequestReader.RequireObject(context.Data, context.Path);
        var secret = AuthRequestReader.OptionalString(context.Data, "secret", context.Path)
            ?? throw AuthRequestReader.Invalid(context.Path, "'secret' is a required property");
        var id = AuthRequestReader.OptionalString(context.Data, "id", context.Path);
        if (id is null)
        {
            var name = AuthRequestReader.OptionalString(context.Data, "name", context.Path)
                ?? throw AuthRequestReader.Expecting("name or ID", "application credential");
            var userId = await UserIdAsync(context, cancellationToken);
            id = await credentials.IdByNameAsync(userId, name, cancellationToken) ?? throw AuthErrors.Unauthorized();
        }

        // "Application credentials cannot request a scope."
        if (context.Request.Scope.Kind is not AuthScopeKind.Default)
        {
            throw AuthErrors.Unauthorized();
        }

        var hash = await credentials.SecretHashAsync(id, cancellationToken);
        var credential = hash is not null && hasher.Verify(secret, hash)
            ? await credentials.FindAsync(id, cancellationToken)
            : null;
        if (credential?.ProjectId is null)
        {
            throw AuthErrors.Unauthorized();
        }

        return new AuthMethodResult(credential.UserId)
        {
            ApplicationCredentialId = credential.Id,
            RequiredProjectId = credential.ProjectId,
            ExpiresAt = credential.ExpiresAt is { } expiresAt ? new DateTimeOffset(expiresAt, TimeSpan.Zero) : null,
        };
    }

    private async Task<string> UserIdAsync(AuthMethodContext context, CancellationToken cancellationToken)
    {
        if (!context.Data.TryGetProperty("user", out var user))
        {
            throw AuthRequestReader.Expecting("user", "application credential");
        }

        var path = context.Path + "/user";
        AuthRequestReader.RequireObject(user, path);
        if (AuthRequestReader.OptionalString(user, "id", path) is { } id)
        {
            return id;
        }

        var name = AuthRequestReader.OptionalString(user, "name", path) ?? throw AuthRequestReader.Expecting("id or name", "user");
        if (!user.TryGetProperty("domain", out var domain))
        {
            throw AuthRequestReader.Expecting("domain", "user");
        }

        var domainId = await DomainIdAsync(domain, path + "/domain", cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.Name == name && u.DomainId == domainId).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw AuthErrors.Unauthorized();
    }

    private async Task<string> DomainIdAsync(JsonElement domain, string path, CancellationToken cancellationToken)
    {
        AuthRequestReader.RequireObject(domain, path);
        if (AuthRequestReader.OptionalString(domain, "id", path) is { } id)
        {
            return id;
        }

        var name = AuthRequestReader.OptionalString(domain, "name", path) ?? throw AuthRequestReader.Expecting("id or name", "domain");
        return await db.Domains.AsNoTracking().Where(d => d.Name == name).Select(d => d.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw AuthErrors.Unauthorized();
    }
}
