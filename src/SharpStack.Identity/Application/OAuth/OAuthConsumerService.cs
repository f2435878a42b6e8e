using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.OAuth;

/// <summary>OS-OAUTH1 consumers (keystone/oauth1): the secret is made on creation and shown only then; it cannot be updated.</summary>
internal sealed class OAuthConsumerService(IdentityDbContext db)
{
    private static readonly string[] Attributes = ["id", "description", "secret", "links"];

    public async Task<IReadOnlyList<OAuthConsumer>> ListAsync(CancellationToken cancellationToken) =>
        await db.OAuthConsumers.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);

    public async Task<OAuthConsumer> GetAsync(string id, CancellationToken cancellationToken) =>
        await db.OAuthConsumers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw NotFound();

    public async Task<OAuthConsumer> CreateAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var consumer = new OAuthConsumer
        {
            Id = KeystoneIds.New(),
            Description = Description(body),
            Secret = Guid.NewGuid().ToString("N"),
            Extra = Extra(body),
        };
        db.OAuthConsumers.Add(consumer);
        await db.SaveChangesAsync(cancellationToken);
        return consumer;
    }

    /// <summary>Applies a <c>consumer</c> that keystone/oauth1/schema.py consumer_update has checked (no secret, not empty).</summary>
    public async Task<OAuthConsumer> UpdateAsync(string id, JsonObject body, CancellationToken cancellationToken)
    {
        var description = Description(body);
        if (body["id"] is { } bodyId && bodyId.ToString() != id)
        {
            throw new BadRequestException("Cannot change consumer ID");
        }

        var consumer = await db.OAuthConsumers.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw NotFound();
        if (body.ContainsKey("description"))
        {
            consumer.Description = description;
        }

        var extra = (JsonObject)consumer.Extra.DeepClone();
        foreach (var (key, value) in Extra(body))
        {
            extra[key] = value?.DeepClone();
        }

        consumer.Extra = extra;
        await db.SaveChangesAsync(cancellationToken);
        return consumer;
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.OAuthConsumers.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw NotFound();
        }
    }

    public static JsonObject ToJson(OAuthConsumer consumer, Uri baseUri, bool withSecret)
    {
        ArgumentNullException.ThrowIfNull(consumer);
        var json = (JsonObject)consumer.Extra.DeepClone();
        json["id"] = consumer.Id;
        json["description"] = consumer.Description;
        if (withSecret)
        {
            json["secret"] = consumer.Secret;
        }

        json["links"] = new JsonObject { ["self"] = new Uri(baseUri, $"v3/OS-OAUTH1/consumers/{consumer.Id}").ToString() };
        return json;
    }

    private static string? Description(JsonObject body) => body["description"]?.GetValue<string>();

    private static JsonObject Extra(JsonObject body) => new(body.Where(p => !Attributes.Contains(p.Key, StringComparer.Ordinal))
        .Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));

    private static NotFoundException NotFound() => new("Consumer not found");
}
