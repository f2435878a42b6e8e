using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Limits;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Credentials;

/// <summary>Stores credentials with their blobs encrypted; EC2 credentials are keyed by the sha256 of their access key.</summary>
internal sealed class CredentialService(IdentityDbContext db, CredentialCipher cipher)
{
    private static readonly string[] ScopeKeys = ["trust_id", "app_cred_id", "access_token_id", "access_id"];

    public async Task<IReadOnlyList<CredentialView>> ListAsync(string? userId, string? type, CancellationToken cancellationToken)
    {
        var query = db.Credentials.AsNoTracking();
        if (userId is not null)
        {
            query = query.Where(c => c.UserId == userId);
        }

        if (type is not null)
        {
            query = query.Where(c => c.Type == type);
        }

        var rows = await query.OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(View)];
    }

    public async Task<CredentialView?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var row = await db.Credentials.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return row is null ? null : View(row);
    }

    public async Task<CredentialView> GetAsync(string id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ?? throw NotFound(id);

    public async Task<CredentialView> CreateAsync(CredentialRequest request, CancellationToken cancellationToken)
    {
        var id = KeystoneIds.New();
        if (request.IsEc2)
        {
            var blob = CredentialRequest.ParseEc2Blob(request.Blob);
            id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Access(blob))));
        }

        if (await db.Credentials.AnyAsync(c => c.Id == id, cancellationToken))
        {
            throw Duplicate(id);
        }

        var (encrypted, keyHash) = cipher.Encrypt(request.Blob!);
        var row = new Credential
        {
            Id = id,
            UserId = request.UserId!,
            ProjectId = request.ProjectId,
            Type = request.Type!,
            EncryptedBlob = encrypted,
            KeyHash = keyHash,
            Extra = request.Extra,
        };
        db.Credentials.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            // Lost a race with an identical EC2 access key.
            throw Duplicate(id, exception);
        }

        return View(row);
    }

    /// <summary>Keystone's checks before an update: the id cannot change, nor the scope keys of an EC2 blob.</summary>
    public static void CheckUpdate(CredentialView current, CredentialRequest request)
    {
        if (current.Type.Equals("ec2", StringComparison.OrdinalIgnoreCase) && request.Body.ContainsKey("blob"))
        {
            var newBlob = CredentialRequest.ParseEc2Blob(request.Blob);
            var oldBlob = JsonNode.Parse(current.Blob) as JsonObject ?? [];
            foreach (var key in ScopeKeys.Where(k => !JsonNode.DeepEquals(oldBlob[k], newBlob[k])))
            {
                throw new BadRequestException($"{key} can not be updated for credential");
            }
        }

        // The update schema leaves "id" untyped.
        if (request.Body["id"] is { } id && (id.GetValueKind() != System.Text.Json.JsonValueKind.String || id.GetValue<string>() != current.Id))
        {
            throw new BadRequestException("Cannot change ID");
        }
    }

    /// <summary>The credential as it would be after the update, for the second policy check.</summary>
    public static CredentialView Merge(CredentialView current, CredentialRequest request) => current with
    {
        UserId = request.UserId ?? current.UserId,
        ProjectId = request.HasProjectId ? request.ProjectId : current.ProjectId,
        Type = request.Type ?? current.Type,
        Blob = request.Blob ?? current.Blob,
    };

    public async Task<CredentialView> UpdateAsync(string id, CredentialRequest request, CancellationToken cancellationToken)
    {
        var row = await db.Credentials.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw NotFound(id);
        var projectId = request.HasProjectId ? request.ProjectId : row.ProjectId;
        if (request.IsEc2 && string.IsNullOrEmpty(projectId))
        {
            throw KeystoneValidation.Missing("project_id", "credential");
        }

        row.UserId = request.UserId ?? row.UserId;
        row.ProjectId = projectId;
        row.Type = request.Type ?? row.Type;
        if (request.Blob is not null)
        {
            (row.EncryptedBlob, row.KeyHash) = cipher.Encrypt(request.Blob);
        }

        var extra = (JsonObject)row.Extra.DeepClone();
        foreach (var (key, value) in request.Extra)
        {
            extra[key] = value?.DeepClone();
        }

        row.Extra = extra;
        await db.SaveChangesAsync(cancellationToken);
        return View(row);
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Credentials.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw NotFound(id);
        }
    }

    /// <summary>Keystone removes a deleted user's credentials (credential Manager.delete_credentials_for_user).</summary>
    public Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken) =>
        db.Credentials.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Keystone removes the credentials of a deleted project (credential Manager.delete_credentials_for_project).</summary>
    public Task<int> DeleteForProjectAsync(string projectId, CancellationToken cancellationToken) =>
        db.Credentials.Where(c => c.ProjectId == projectId).ExecuteDeleteAsync(cancellationToken);

    private static string Access(JsonObject blob) =>
        blob["access"]!.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? blob["access"]!.GetValue<string>()
            : blob["access"]!.ToJsonString();

    private CredentialView View(Credential row) =>
        new(row.Id, row.UserId, row.ProjectId, row.Type, cipher.Decrypt(row.EncryptedBlob, row.KeyHash), row.Extra);

    private static NotFoundException NotFound(string id) => new($"Could not find credential: {id}.");

    private static ConflictException Duplicate(string id, Exception? inner = null) =>
        new($"Conflict occurred attempting to store credential - Duplicate entry found with ID {id}.", null, inner);
}
