using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SharpStack.Identity.Application.Caching;

/// <summary>
/// Advances <see cref="IdentityDataGeneration"/> after every statement that is not a plain SELECT (SaveChanges,
/// ExecuteUpdate/ExecuteDelete, raw SQL) and after every commit, so a write inside a transaction also counts once it is
/// visible to other connections.
/// </summary>
internal sealed class IdentityWriteInterceptor(IdentityDataGeneration generation) : IDbCommandInterceptor, IDbTransactionInterceptor
{
    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Observe(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Observe(command);
        return ValueTask.FromResult(result);
    }

    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Observe(command);
        return result;
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Observe(command);
        return ValueTask.FromResult(result);
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Observe(command);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Observe(command);
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Observe(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Observe(command);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => generation.Advance();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        generation.Advance();
        return Task.CompletedTask;
    }

    private void Observe(DbCommand command)
    {
        if (!IsRead(command.CommandText))
        {
            generation.Advance();
        }
    }

    // EF's queries start with SELECT (SQLite and PostgreSQL); anything else (INSERT, UPDATE, DELETE, WITH ..., tagged or
    // raw SQL) counts as a write, which at worst empties the caches once too often.
    private static bool IsRead(string text) =>
        text.AsSpan().TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);
}
