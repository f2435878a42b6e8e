namespace SharpStack.Image.Application.Quotas;

/// <summary>Where the Image service's unified limits come from: Identity's registered limits, overridden by the project's own limits.</summary>
internal interface IProjectLimitSource
{
    /// <summary>The effective limit per resource name for <paramref name="projectId"/> (registered limits only when null); resources without any limit are absent.</summary>
    Task<IReadOnlyDictionary<string, long>> GetLimitsAsync(string? projectId, CancellationToken cancellationToken);
}
