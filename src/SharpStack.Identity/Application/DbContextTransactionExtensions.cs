using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application;

/// <summary>
/// One request's writes as one unit of work: everything <c>work</c> saves (the revocation events it writes included)
/// commits together, and an exception before the commit rolls all of it back.
/// </summary>
internal static class DbContextTransactionExtensions
{
    public static async Task InTransactionAsync(this IdentityDbContext db, Func<Task> work, CancellationToken cancellationToken)
    {
        // Inside an enclosing unit of work (a project call that turns into a domain call) that unit commits.
        if (db.Database.CurrentTransaction is not null)
        {
            await work();
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await work();
        await transaction.CommitAsync(cancellationToken);
    }
}
