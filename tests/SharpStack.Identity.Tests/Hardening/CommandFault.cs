using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>
/// Fails one of Identity's database commands, as a write the database refuses midway through a request would: once armed,
/// the command whose SQL contains the armed text (after skipping the first <c>skip</c> of them) throws, then it disarms.
/// Identifiers are compared without their quotes, which SQLite's SQL has and PostgreSQL's has only where needed.
/// </summary>
internal sealed class CommandFault : DbCommandInterceptor
{
    private readonly Lock _lock = new();
    private string? _sql;
    private int _skip;

    /// <summary>Whether the armed command has not run yet.</summary>
    public bool Armed
    {
        get
        {
            lock (_lock)
            {
                return _sql is not null;
            }
        }
    }

    public void Arm(string sql, int skip = 0)
    {
        lock (_lock)
        {
            _sql = sql;
            _skip = skip;
        }
    }

    public void Disarm()
    {
        lock (_lock)
        {
            _sql = null;
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    private void Check(DbCommand command)
    {
        lock (_lock)
        {
            if (_sql is null || !command.CommandText.Replace("\"", "", StringComparison.Ordinal).Contains(_sql, StringComparison.Ordinal))
            {
                return;
            }

            if (_skip-- > 0)
            {
                return;
            }

            _sql = null;
        }

        throw new InvalidOperationException($"Injected failure of: {command.CommandText}");
    }
}
