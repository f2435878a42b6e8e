namespace SharpStack.Identity.Application.Limits;

/// <summary>The query filters of <c>GET /v3/limits</c>, plus the projects and domain the caller may see when not a superuser.</summary>
internal sealed record LimitFilter(string? ServiceId, string? RegionId, string? ResourceName, string? ProjectId, string? DomainId);
