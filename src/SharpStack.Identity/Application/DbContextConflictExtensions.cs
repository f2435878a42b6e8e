using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application;

/// <summary>Saves, turning a constraint the database enforces (a concurrent duplicate) into Keystone's 409.</summary>
internal static class DbContextConflictExtensions
{
    public static async Task SaveOrConflictAsync(this IdentityDbContext db, Func<ConflictException> conflict, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            throw new ConflictException(conflict().Message, exception);
        }
    }
}
