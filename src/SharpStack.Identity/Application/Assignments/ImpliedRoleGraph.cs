using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Assignments;

/// <summary>The role inference rules, read once for one computation.</summary>
internal sealed class ImpliedRoleGraph
{
    private readonly ILookup<string, string> _implies;

    private ImpliedRoleGraph(ILookup<string, string> implies) => _implies = implies;

    public static async Task<ImpliedRoleGraph> LoadAsync(IdentityDbContext db, CancellationToken cancellationToken)
    {
        var rules = await db.ImpliedRoles.AsNoTracking().ToListAsync(cancellationToken);
        return new ImpliedRoleGraph(rules.ToLookup(r => r.PriorRoleId, r => r.ImpliedRoleId, StringComparer.Ordinal));
    }

    public IEnumerable<string> DirectlyImpliedBy(string roleId) => _implies[roleId];

    /// <summary>The roles and every role they imply, transitively; cycles end where they close.</summary>
    public HashSet<string> Closure(IEnumerable<string> roleIds)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roleIds);
        while (pending.TryPop(out var roleId))
        {
            if (result.Add(roleId))
            {
                foreach (var implied in _implies[roleId])
                {
                    pending.Push(implied);
                }
            }
        }

        return result;
    }
}
