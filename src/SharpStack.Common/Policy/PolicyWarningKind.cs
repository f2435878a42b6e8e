namespace SharpStack.Common.Policy;

/// <summary>What is wrong with a rule that was loaded anyway.</summary>
public enum PolicyWarningKind
{
    /// <summary>The check string could not be parsed; the rule always denies, as in oslo.policy.</summary>
    MalformedRule,

    /// <summary>A check kind SharpStack does not implement (http:, https:); it always denies.</summary>
    UnsupportedCheck,

    /// <summary>A policy file names a rule that no service registered; it is kept for rule: references.</summary>
    UnknownRuleInFile,

    /// <summary>A rule: reference names no rule; that reference always denies.</summary>
    UndefinedReference,

    /// <summary>The rule is, or depends on, a cycle of rule: references; it always denies.</summary>
    CyclicReference,
}
