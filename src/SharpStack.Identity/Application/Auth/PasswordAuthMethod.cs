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
        // keystone/auth/schema.py token_issue has typed this section; what it does not require is checked here.
        if (!context.Data.TryGetProperty("user", out var user))
        {
            throw AuthRequestReader.Invalid(context.Path, "'user' is a required property");
        }

        var password = user.TryGetProperty("password", out var given)
            ? given.GetString()!
            : throw AuthRequestReader.Invalid(context.Path + "/user", "'password' is a required property");
        var id = Text(user, "id");
        var name = Text(user, "name");
        if (id is null && name is null)
        {
            throw AuthRequestReader.Expecting("id or name", "user");
        }

        var users = db.Users.AsQueryable();
        if (id is null)
        {
            var domainId = await DomainIdAsync(user, cancellationToken);
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

    private async Task<string> DomainIdAsync(JsonElement user, CancellationToken cancellationToken)
    {
        if (!user.TryGetProperty("domain", out var domain))
        {
            throw AuthRequestReader.Expecting("domain", "user");
        }

        if (Text(domain, "id") is { } id)
        {
            return id;
        }

        var name = Text(domain, "name") ?? throw AuthRequestReader.Expecting("id or name", "domain");
        return await db.Domains.AsNoTracking().Where(d => d.Name == name).Select(d => d.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw AuthErrors.Unauthorized();
    }

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } text ? text : null;
}
