namespace SharpStack.Common.Policy;

/// <summary>
/// A rule a service registers in code, with the documentation the sample policy file shows
/// (oslo.policy's RuleDefault and DocumentedRuleDefault).
/// </summary>
public sealed class PolicyRuleDefault
{
    public PolicyRuleDefault(
        string name,
        string checkString,
        string? description = null,
        IReadOnlyList<string>? scopeTypes = null,
        IReadOnlyList<PolicyOperation>? operations = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(checkString);
        scopeTypes ??= [];
        foreach (var scopeType in scopeTypes)
        {
            if (!PolicyScopeTypes.IsKnown(scopeType))
            {
                throw new ArgumentException($"Unknown scope type '{scopeType}' in rule {name}.", nameof(scopeTypes));
            }
        }

        if (scopeTypes.Distinct(StringComparer.Ordinal).Count() != scopeTypes.Count)
        {
            throw new ArgumentException($"Scope types of rule {name} must be unique.", nameof(scopeTypes));
        }

        foreach (var operation in operations ?? [])
        {
            if (string.IsNullOrWhiteSpace(operation.Method) || string.IsNullOrWhiteSpace(operation.Path))
            {
                throw new ArgumentException($"An operation of rule {name} lacks a method or a path.", nameof(operations));
            }
        }

        Name = name;
        CheckString = checkString;
        Description = description;
        ScopeTypes = scopeTypes;
        Operations = operations ?? [];
    }

    public string Name { get; }

    public string CheckString { get; }

    public string? Description { get; }

    /// <summary>The token scopes allowed; empty means any scope, as a rule without scope_types in oslo.policy.</summary>
    public IReadOnlyList<string> ScopeTypes { get; }

    public IReadOnlyList<PolicyOperation> Operations { get; }
}
