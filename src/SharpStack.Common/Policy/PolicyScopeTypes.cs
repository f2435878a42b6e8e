namespace SharpStack.Common.Policy;

/// <summary>The token scopes a rule may be intended for, as oslo.policy names them in scope_types.</summary>
public static class PolicyScopeTypes
{
    public const string System = "system";
    public const string Domain = "domain";
    public const string Project = "project";

    public static bool IsKnown(string scopeType) =>
        scopeType is System or Domain or Project;
}
