namespace SharpStack.Image.Application.Quotas;

/// <summary>The catalog service and region the Image service's unified limits are registered under.</summary>
internal sealed record LimitEndpoint(string ServiceId, string? RegionId);
