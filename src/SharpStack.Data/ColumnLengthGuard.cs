using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SharpStack.Common.Faults;

namespace SharpStack.Data;

/// <summary>
/// Refuses a save whose text is longer than its column allows, before any statement runs, so that SQLite (which does
/// not enforce lengths) and PostgreSQL (which fails the statement) answer alike: Keystone's StringLengthExceeded 400.
/// </summary>
internal static class ColumnLengthGuard
{
    private const int ShownCharacters = 64;

    public static void Check(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is string text && property.Metadata.GetMaxLength() is { } maxLength
                    && text.Length > maxLength && (entry.State is EntityState.Added || property.IsModified))
                {
                    throw new BadRequestException(Message(text, maxLength));
                }
            }
        }
    }

    private static string Message(string text, int maxLength)
    {
        var shown = text.Length > ShownCharacters ? string.Concat(text.AsSpan(0, ShownCharacters), "...") : text;
        return $"String length exceeded. The length of string '{shown}' exceeds the limit of column String(CHAR({maxLength})).";
    }
}
