namespace SharpStack.Identity.Application.Limits;

/// <summary>Policy targets of the credential, policy and limit APIs.</summary>
internal static class PolicyTarget
{
    /// <summary>No target: the rule looks at the caller only, or the resource does not exist (Keystone defers the 404).</summary>
    public static IReadOnlyDictionary<string, object?> None { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);
}
