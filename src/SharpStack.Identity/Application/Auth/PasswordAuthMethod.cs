using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Application.SecurityCompliance;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Auth;

/// <summary>
/// The <c>password</c> method: a user by id, or by name with its domain by id or name, and the password (bcrypt),
/// under the <c>[security_compliance]</c> account rules (lockout, inactivity, expiry).
/// </summary>
internal sealed class PasswordAuthMethod(IdentityDbContext db, AccountGuard guard) : IAuthMethod
{
    public string Name => "password";

    public async Task<AuthMethodResult> AuthenticateAsync(AuthMethodContext context, CancellationToken cancellationToken)
    {
        AuthRequestReader.RequireObject(context.Data, context.Path);
        if (!context.Data.TryGetProperty("user", out var user))
        {
            throw AuthRequestReader.Invalid(context.Path, "'user' is a required property");
        }

        var path = context.Path + "/user";
        AuthRequestReader.RequireObject(user, path);
        var password = AuthRequestReader.OptionalString(user, "password", path)
            ?? throw AuthRequestReader.Invalid(path, "'password' is a required property");
        var id = AuthRequestReader.OptionalString(user, "id", path);
        var name = AuthRequestReader.OptionalString(user, "name", path);
        if (id is null && name is null)
        {
            throw AuthRequestReader.Expecting("id or name", "user");
        }

        var users = db.Users.AsQueryable();
        if (id is null)
        {
            var domainId = await DomainIdAsync(user, path, cancellationToken);
            users = users.Where(u => u.Name == name && u.DomainId == domainId);
        }
        else
        {
            users = users.Where(u => u.Id == id);
        }

        var found = await users.FirstOrDefaultAsync(cancellationToken) ?? throw AuthErrors.Unauthorized();
        var domainEnabled = await db.Domains.AsNoTracking().Where(d => d.Id == found.DomainId).Select(d => d.Enabled).FirstOrDefaultAsync(cancellationToken);
        await guard.AuthenticateAsync(found, password, domainEnabled, cancellationToken);
        return new AuthMethodResult(found.Id);
    }

    private async Task<string> DomainIdAsync(JsonElement user, string path, CancellationToken cancellationToken)
    {
        if (!user.TryGetProperty("domain", out var domain))
        {
            throw AuthRequestReader.Expecting("domain", "user");
        }

        AuthRequestReader.RequireObject(domain, path + "/domain");
        var id = AuthRequestReader.OptionalString(domain, "id", path + "/domain");
        if (id is not null)
        {
            return id;
        }

        var name = AuthRequestReader.OptionalString(domain, "name", path + "/domain")
            ?? throw AuthRequestReader.Expecting("id or name", "domain");
        return await db.Domains.AsNoTracking().Where(d => d.Name == name).Select(d => d.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw AuthErrors.Unauthorized();
    }
}
