namespace SharpStack.Common.Policy.Checks;

/// <summary>role:name — true when the credentials hold the role, compared case-insensitively.</summary>
internal sealed class RoleCheck(string match, MatchTemplate template) : PolicyCheck
{
    public override bool Evaluate(in PolicyEvaluation evaluation)
    {
        if (!template.TryRender(evaluation.Target, out var role))
        {
            return false;
        }

        var roles = evaluation.Credentials.Roles;
        for (var i = 0; i < roles.Count; i++)
        {
            if (string.Equals(roles[i], role, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => $"role:{match}";
}
