using SharpStack.Common.Policy;

namespace SharpStack.Common.Tests.Policy;

internal static class PolicyTestRules
{
    public static PolicyEnforcer Enforcer(params (string Name, string CheckString)[] rules) =>
        new(rules.Select(r => new PolicyRuleDefault(r.Name, r.CheckString)));

    public static string Describe(string checkString) => Enforcer(("r", checkString)).DescribeRule("r");

    public static bool Allows(
        string checkString,
        PolicyCredentials credentials,
        IReadOnlyDictionary<string, object?>? target = null) =>
        Enforcer(("r", checkString)).Authorize("r", credentials, target ?? new Dictionary<string, object?>()).IsAllowed;

    public static Dictionary<string, object?> Target(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);
}
