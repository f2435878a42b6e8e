using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Image.Persistence;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>Saves metadef changes; a unique index that another request won first becomes Glance's 409, not a 500.</summary>
internal static class MetadefSaving
{
    public static async Task SaveMetadefsAsync(this ImageDbContext db, Func<ConflictException> conflict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(conflict);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            throw new ConflictException(conflict().Message, innerException: exception);
        }
    }

    /// <summary>Saves a removal; a row another request removed first is Glance's 404 for it, not a 500.</summary>
    public static async Task SaveRemovalAsync(this ImageDbContext db, Func<NotFoundException> notFound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notFound);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new NotFoundException(notFound().Message, innerException: exception);
        }
    }

    /// <exception cref="BadRequestException">The name is longer than its column.</exception>
    public static string CheckLength(string name, int maxLength, string schemaName) =>
        name.Length <= maxLength
            ? name
            : throw new BadRequestException($"Provided object does not match schema '{schemaName}': {Schemas.PythonRepr.Quote(name)} is too long");
}
