namespace SharpStack.Identity.Application.Auth;

/// <summary>The scope a new token gets: at most one of project, domain and system; none for unscoped; a trust adds its project.</summary>
internal sealed record ResolvedScope(
    string? ProjectId = null, string? DomainId = null, string? System = null, string? TrustId = null, DateTime? TrustExpiresAt = null)
{
    public static ResolvedScope Unscoped { get; } = new();
}
