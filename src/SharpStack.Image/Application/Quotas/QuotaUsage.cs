namespace SharpStack.Image.Application.Quotas;

/// <summary>One resource's limit (-1: unlimited) and the project's current usage, in the resource's unit.</summary>
internal sealed record QuotaUsage(long Limit, long Usage);
