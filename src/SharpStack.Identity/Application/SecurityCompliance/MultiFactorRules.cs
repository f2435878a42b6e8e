using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.SecurityCompliance;

/// <summary>
/// A user's <c>multi_factor_auth_rules</c> (keystone/auth/core.py UserMFARulesValidator): authentication passes when the
/// methods used cover one rule. Only loaded methods count; a rule naming none of them is ignored, and when every rule is
/// ignored the user may log in, so that a bad configuration cannot lock everyone out.
/// </summary>
internal sealed class MultiFactorRules(IdentityDbContext db)
{
    private const string Rules = "multi_factor_auth_rules";
    private const string Enabled = "multi_factor_auth_enabled";

    /// <summary>Null when the methods satisfy the user's rules; else the rules (loaded methods only) that share a method with them.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<string>>?> CheckAsync(
        string userId, IReadOnlySet<string> methods, IReadOnlySet<string> loaded, CancellationToken cancellationToken)
    {
        var options = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Options).FirstOrDefaultAsync(cancellationToken);
        if (options is null || options[Enabled]?.GetValueKind() == JsonValueKind.False)
        {
            return null;
        }

        var rules = Parse(options[Rules]).Select(rule => rule.Where(loaded.Contains).ToList()).Where(rule => rule.Count > 0).ToList();
        if (rules.Count == 0 || rules.Any(rule => rule.All(methods.Contains)))
        {
            return null;
        }

        return [.. rules.Where(rule => rule.Any(methods.Contains))];
    }

    private static IEnumerable<IReadOnlyList<string>> Parse(JsonNode? rules)
    {
        if (rules is not JsonArray list)
        {
            yield break;
        }

        foreach (var rule in list)
        {
            if (rule is JsonArray methods && methods.Count > 0 && methods.All(m => m?.GetValueKind() == JsonValueKind.String))
            {
                yield return [.. methods.Select(m => m!.GetValue<string>()).Distinct(StringComparer.Ordinal)];
            }
        }
    }
}
