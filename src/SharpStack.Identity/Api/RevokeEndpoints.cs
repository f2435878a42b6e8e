using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Hosting;
using SharpStack.Hosting.Versions;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Api;

/// <summary><c>GET /v3/OS-REVOKE/events</c> (api-ref v3-ext: OS-REVOKE), with <c>?since=</c>.</summary>
internal static class RevokeEndpoints
{
    public static IEndpointRouteBuilder MapRevokeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v3/OS-REVOKE/events", ListAsync);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(
        HttpContext context, IdentityDbContext db, IdentityPolicyEnforcer policy, CancellationToken cancellationToken)
    {
        policy.Enforce(context.GetAuth(), TokenPolicies.ListRevokeEvents);
        var query = db.RevocationEvents.AsNoTracking();
        var since = context.Request.Query["since"].ToString();
        if (since.Length > 0)
        {
            if (!DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sinceTime))
            {
                throw new BadRequestException($"Invalid input for field 'since': '{since}' is not a valid time.");
            }

            var sinceUtc = sinceTime.UtcDateTime;
            query = query.Where(e => e.RevokedAt > sinceUtc);
        }

        var events = await query.OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return Results.Json(new
        {
            events = events.Select(Render),
            links = new { self = context.GetPublicRequestUri().ToString(), previous = (string?)null, next = (string?)null },
        });
    }

    // Keystone's RevokeEvent.to_dict: only the fields the event sets.
    private static Dictionary<string, object> Render(RevocationEvent e)
    {
        var body = new Dictionary<string, object>(StringComparer.Ordinal);
        Add(body, "user_id", e.UserId);
        Add(body, "role_id", e.RoleId);
        Add(body, "domain_id", e.DomainId);
        Add(body, "project_id", e.ProjectId);
        Add(body, "audit_id", e.AuditId);
        Add(body, "audit_chain_id", e.AuditChainId);
        Add(body, "OS-TRUST:trust_id", e.TrustId);
        Add(body, "OS-OAUTH1:consumer_id", e.ConsumerId);
        Add(body, "OS-OAUTH1:access_token_id", e.AccessTokenId);
        if (e.ExpiresAt is { } expiresAt)
        {
            body["expires_at"] = expiresAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        body["issued_before"] = AuthTokenBodies.Time(new DateTimeOffset(e.IssuedBefore, TimeSpan.Zero));
        body["revoked_at"] = AuthTokenBodies.Time(new DateTimeOffset(e.RevokedAt, TimeSpan.Zero));
        return body;
    }

    private static void Add(Dictionary<string, object> body, string key, string? value)
    {
        if (value is not null)
        {
            body[key] = value;
        }
    }
}
