using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Credentials;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Ec2Credentials;

/// <summary>
/// OS-EC2 (keystone/api/users.py): EC2 key pairs kept in the credential store as <c>ec2</c> credentials whose id is
/// the sha256 of the access key, so that a signature check can find the secret from the access key alone.
/// </summary>
internal sealed class Ec2CredentialService(IdentityDbContext db, CredentialService credentials)
{
    public const string Type = "ec2";

    public async Task<IReadOnlyList<Ec2Credential>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        await RequireUserAsync(userId, cancellationToken);
        var all = await credentials.ListAsync(userId, Type, cancellationToken);
        return [.. all.Select(Ec2Credential.From)];
    }

    /// <summary>Creates a key pair for <paramref name="userId"/> on <paramref name="tenantId"/>: access and secret are uuid4 hex, as Keystone makes them.</summary>
    public async Task<Ec2Credential> CreateAsync(string userId, string? tenantId, string? trustId, CancellationToken cancellationToken)
    {
        await RequireUserAsync(userId, cancellationToken);
        if (tenantId is null || !await db.Projects.AnyAsync(p => p.Id == tenantId, cancellationToken))
        {
            throw ResourceErrors.NotFound("project", tenantId ?? "None");
        }

        var blob = new JsonObject
        {
            ["access"] = Guid.NewGuid().ToString("N"),
            ["secret"] = Guid.NewGuid().ToString("N"),
            ["trust_id"] = trustId,
        };
        var request = new CredentialRequest(new JsonObject
        {
            ["user_id"] = userId,
            ["project_id"] = tenantId,
            ["type"] = Type,
            ["blob"] = blob.ToJsonString(),
        });
        return Ec2Credential.From(await credentials.CreateAsync(request, cancellationToken));
    }

    /// <summary>The stored credential behind an access key, or null; Keystone's policy target is built from it.</summary>
    public Task<CredentialView?> FindAsync(string access, CancellationToken cancellationToken) =>
        credentials.FindAsync(CredentialId(access), cancellationToken);

    public async Task<Ec2Credential> GetAsync(string userId, string access, CancellationToken cancellationToken)
    {
        await RequireUserAsync(userId, cancellationToken);
        return Ec2Credential.From(await RequireEc2Async(userId, access, cancellationToken));
    }

    public async Task DeleteAsync(string userId, string access, CancellationToken cancellationToken)
    {
        await RequireUserAsync(userId, cancellationToken);
        var credential = await RequireEc2Async(userId, access, cancellationToken);
        await credentials.DeleteAsync(credential.Id, cancellationToken);
    }

    /// <summary>Keystone's <c>utils.hash_access_key</c>.</summary>
    public static string CredentialId(string access) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(access)));

    // A key pair is found only under its own user's path: the policy checks the stored owner, not the path's user.
    private async Task<CredentialView> RequireEc2Async(string userId, string access, CancellationToken cancellationToken)
    {
        var id = CredentialId(access);
        var credential = await credentials.GetAsync(id, cancellationToken);
        if (credential.UserId != userId)
        {
            throw ResourceErrors.NotFound("credential", id);
        }

        return credential.Type == Type ? credential : throw new UnauthorizedException("EC2 access key not found.");
    }

    private async Task RequireUserAsync(string userId, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            throw ResourceErrors.NotFound("user", userId);
        }
    }
}
