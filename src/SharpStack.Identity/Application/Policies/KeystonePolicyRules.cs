namespace SharpStack.Identity.Application.Policies;

/// <summary>Keystone's shared check strings (keystone/common/policies/base.py), so the areas' rules read as upstream's.</summary>
internal static class KeystonePolicyRules
{
    public const string AdminRequired = "rule:admin_required";
    public const string SystemReader = "role:reader and system_scope:all";
    public const string AdminOrSystemReader = "rule:admin_required or (" + SystemReader + ")";
    public const string Anyone = "";

    public static IReadOnlyList<string> SystemProject { get; } = ["system", "project"];

    public static IReadOnlyList<string> SystemDomainProject { get; } = ["system", "domain", "project"];
}
