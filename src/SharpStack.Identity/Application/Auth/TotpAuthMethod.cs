using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Application.Credentials;
using SharpStack.Identity.Application.SecurityCompliance;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Auth;

/// <summary>
/// The <c>totp</c> method (keystone/auth/plugins/totp.py): a user by id, or by name with its domain, and a
/// <c>passcode</c> matching one of the user's <c>totp</c> credentials (base32 secret in the blob) in the current
/// 30-second window or one of the <c>[totp] included_previous_windows</c> before it. Every failure, an undecodable
/// secret included, is the same 401.
/// </summary>
internal sealed class TotpAuthMethod(IdentityDbContext db, CredentialService credentials, TotpVerifier verifier) : IAuthMethod
{
    public string Name => "totp";

    public async Task<AuthMethodResult> AuthenticateAsync(AuthMethodContext context, CancellationToken cancellationToken)
    {
        AuthRequestReader.RequireObject(context.Data, context.Path);
        if (!context.Data.TryGetProperty("user", out var user))
        {
            throw AuthRequestReader.Invalid(context.Path, "'user' is a required property");
        }

        var path = context.Path + "/user";
        AuthRequestReader.RequireObject(user, path);
        var passcode = AuthRequestReader.OptionalString(user, "passcode", path)
            ?? throw AuthRequestReader.Invalid(path, "'passcode' is a required property");
        var userId = await UserIdAsync(user, path, cancellationToken);
        foreach (var credential in await credentials.ListAsync(userId, "totp", cancellationToken))
        {
            if (verifier.Matches(credential.Blob, passcode))
            {
                return new AuthMethodResult(userId);
            }
        }

        throw AuthErrors.Unauthorized();
    }

    private async Task<string> UserIdAsync(JsonElement user, string path, CancellationToken cancellationToken)
    {
        var id = AuthRequestReader.OptionalString(user, "id", path);
        var name = AuthRequestReader.OptionalString(user, "name", path);
        var users = db.Users.AsNoTracking();
        if (id is not null)
        {
            users = users.Where(u => u.Id == id);
        }
        else if (name is not null)
        {
            var domainId = await DomainIdAsync(user, path, cancellationToken);
            users = users.Where(u => u.Name == name && u.DomainId == domainId);
        }
        else
        {
            throw AuthRequestReader.Expecting("id or name", "user");
        }

        var found = await (
                from u in users
                join d in db.Domains.AsNoTracking() on u.DomainId equals d.Id
                where u.Enabled && d.Enabled
                select u.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return found ?? throw AuthErrors.Unauthorized();
    }

    private async Task<string> DomainIdAsync(JsonElement user, string path, CancellationToken cancellationToken)
    {
        if (!user.TryGetProperty("domain", out var domain))
        {
            throw AuthRequestReader.Expecting("domain", "user");
        }

        AuthRequestReader.RequireObject(domain, path + "/domain");
        if (AuthRequestReader.OptionalString(domain, "id", path + "/domain") is { } id)
        {
            return id;
        }

        var name = AuthRequestReader.OptionalString(domain, "name", path + "/domain")
            ?? throw AuthRequestReader.Expecting("id or name", "domain");
        return await db.Domains.AsNoTracking().Where(d => d.Name == name).Select(d => d.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw AuthErrors.Unauthorized();
    }
}
