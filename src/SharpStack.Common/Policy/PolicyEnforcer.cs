using System.Collections.Frozen;
using SharpStack.Common.Policy.Checks;

namespace SharpStack.Common.Policy;

/// <summary>
/// Authorizes API actions against registered rule defaults, overridden by an operator's policy file
/// (oslo.policy's Enforcer with enforce_scope on). Rules are parsed once here; the enforcer is immutable
/// and safe to share between requests.
/// </summary>
public sealed class PolicyEnforcer
{
    private static readonly FrozenDictionary<string, object?> NoTarget =
        FrozenDictionary<string, object?>.Empty;

    private readonly FrozenDictionary<string, PolicyRuleDefault> _defaults;
    private readonly FrozenDictionary<string, PolicyCheck> _rules;

    public PolicyEnforcer(IEnumerable<PolicyRuleDefault> defaults, IReadOnlyDictionary<string, string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var registered = new Dictionary<string, PolicyRuleDefault>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var rule in defaults)
        {
            if (!registered.TryAdd(rule.Name, rule))
            {
                throw new ArgumentException($"Policy {rule.Name} is already registered", nameof(defaults));
            }

            order.Add(rule.Name);
        }

        var warnings = new List<PolicyWarning>();
        _rules = PolicyRuleCompiler.Compile(registered, order, overrides ?? NoOverrides, warnings);
        _defaults = registered.ToFrozenDictionary(StringComparer.Ordinal);
        Defaults = [.. order.Select(name => registered[name])];
        Warnings = warnings;
    }

    private static FrozenDictionary<string, string> NoOverrides => FrozenDictionary<string, string>.Empty;

    /// <summary>The registered defaults, in registration order.</summary>
    public IReadOnlyList<PolicyRuleDefault> Defaults { get; }

    /// <summary>Problems found while loading; each affected rule or reference denies.</summary>
    public IReadOnlyList<PolicyWarning> Warnings { get; }

    /// <summary>Builds an enforcer from defaults and the text of a policy.yaml or policy.json file.</summary>
    public static PolicyEnforcer FromPolicyFile(IEnumerable<PolicyRuleDefault> defaults, string policyFileContent) =>
        new(defaults, PolicyFile.Parse(policyFileContent));

    public PolicyDecision Authorize(string ruleName, PolicyCredentials credentials) =>
        Authorize(ruleName, credentials, NoTarget);

    public PolicyDecision Authorize(string ruleName, PolicyCredentials credentials, IReadOnlyDictionary<string, object?> target)
    {
        ArgumentNullException.ThrowIfNull(ruleName);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(target);
        if (!_defaults.TryGetValue(ruleName, out var rule))
        {
            throw new PolicyNotRegisteredException(ruleName);
        }

        if (rule.ScopeTypes.Count > 0 && !rule.ScopeTypes.Contains(credentials.TokenScope))
        {
            return new PolicyDecision(ruleName, PolicyDecisionKind.InvalidScope);
        }

        var allowed = _rules[ruleName].Evaluate(new PolicyEvaluation(credentials, target, _rules));
        return new PolicyDecision(ruleName, allowed ? PolicyDecisionKind.Allowed : PolicyDecisionKind.Denied);
    }

    public void Enforce(string ruleName, PolicyCredentials credentials) =>
        Enforce(ruleName, credentials, NoTarget);

    /// <summary>Authorizes, throwing <see cref="PolicyNotAuthorizedException"/> unless allowed.</summary>
    public void Enforce(string ruleName, PolicyCredentials credentials, IReadOnlyDictionary<string, object?> target)
    {
        var decision = Authorize(ruleName, credentials, target);
        if (!decision.IsAllowed)
        {
            throw new PolicyNotAuthorizedException(decision);
        }
    }

    /// <summary>The rule in effect after overrides, in oslo.policy's canonical form, e.g. "(role:admin or rule:owner)".</summary>
    public string DescribeRule(string ruleName) =>
        _rules.TryGetValue(ruleName, out var check) ? check.ToString() : throw new PolicyNotRegisteredException(ruleName);
}
