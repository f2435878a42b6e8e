namespace SharpStack.Common.Policy.Checks;

/// <summary>Everything a check reads while one request is authorized.</summary>
internal readonly record struct PolicyEvaluation(
    PolicyCredentials Credentials,
    IReadOnlyDictionary<string, object?> Target,
    IReadOnlyDictionary<string, PolicyCheck> Rules);
