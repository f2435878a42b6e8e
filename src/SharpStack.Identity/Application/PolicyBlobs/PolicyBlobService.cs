using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Limits;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.PolicyBlobs;

/// <summary>Keystone's policy store: opaque blobs with a type (keystone/policy), never evaluated here.</summary>
internal sealed class PolicyBlobService(IdentityDbContext db)
{
    private static readonly string[] Attributes = ["id", "blob", "type", "links"];

    public async Task<IReadOnlyList<PolicyBlob>> ListAsync(string? type, CancellationToken cancellationToken)
    {
        var query = db.PolicyBlobs.AsNoTracking();
        if (type is not null)
        {
            query = query.Where(p => p.Type == type);
        }

        return await query.OrderBy(p => p.Id).ToListAsync(cancellationToken);
    }

    public async Task<PolicyBlob> GetAsync(string id, CancellationToken cancellationToken) =>
        await db.PolicyBlobs.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw NotFound(id);

    /// <summary>Stores the body's <c>policy</c> member, which the policy_create schema has checked.</summary>
    public async Task<PolicyBlob> CreateAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var policy = new PolicyBlob
        {
            Id = KeystoneIds.New(),
            Blob = body["blob"]!.GetValue<string>(),
            Type = body["type"]!.GetValue<string>(),
            Extra = Extra(body),
        };
        db.PolicyBlobs.Add(policy);
        await db.SaveChangesAsync(cancellationToken);
        return policy;
    }

    /// <summary>Applies the body's <c>policy</c> member, which the policy_update schema has checked.</summary>
    public async Task<PolicyBlob> UpdateAsync(string id, JsonObject body, CancellationToken cancellationToken)
    {
        if (body.ContainsKey("id") && body["id"]?.ToString() != id)
        {
            throw new BadRequestException("Cannot change policy ID");
        }

        var policy = await db.PolicyBlobs.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw NotFound(id);
        policy.Blob = body["blob"]?.GetValue<string>() ?? policy.Blob;
        policy.Type = body["type"]?.GetValue<string>() ?? policy.Type;
        var extra = (JsonObject)policy.Extra.DeepClone();
        foreach (var (key, value) in Extra(body))
        {
            extra[key] = value?.DeepClone();
        }

        policy.Extra = extra;
        await db.SaveChangesAsync(cancellationToken);
        return policy;
    }

    /// <summary>Deletes the policy and, in the same transaction, its OS-ENDPOINT-POLICY associations.</summary>
    public Task DeleteAsync(string id, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async () =>
        {
            if (await db.PolicyBlobs.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
            {
                throw NotFound(id);
            }

            await db.PolicyAssociations.Where(a => a.PolicyId == id).ExecuteDeleteAsync(cancellationToken);
        }, cancellationToken);

    public static JsonObject ToJson(PolicyBlob policy, Uri baseUri)
    {
        var json = new JsonObject { ["id"] = policy.Id, ["type"] = policy.Type, ["blob"] = policy.Blob };
        foreach (var (key, value) in policy.Extra)
        {
            json.TryAdd(key, value?.DeepClone());
        }

        json["links"] = ResourceLinks.Member(baseUri, "policies", policy.Id);
        return json;
    }

    private static JsonObject Extra(JsonObject body) =>
        new(body.Where(p => !Attributes.Contains(p.Key, StringComparer.Ordinal)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));

    private static NotFoundException NotFound(string id) => new($"Could not find policy: {id}.");
}
