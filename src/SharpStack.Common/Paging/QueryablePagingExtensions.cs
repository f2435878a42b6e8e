using System.Linq.Expressions;
using System.Reflection;
using SharpStack.Common.Faults;

namespace SharpStack.Common.Paging;

/// <summary>Applies a <see cref="PageRequest"/> to any LINQ provider, EF Core included.</summary>
public static class QueryablePagingExtensions
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>
    /// Sorts by the page's keys (then by id, so the order is total), keeps the rows after the marker row
    /// and takes the limit. Rows whose sort column is null are not ordered reliably across pages.
    /// </summary>
    /// <exception cref="BadRequestException">The marker names no row of <paramref name="source"/> (Nova: "marker [x] not found").</exception>
    public static async Task<IQueryable<T>> ApplyPageAsync<T>(
        this IQueryable<T> source, PageRequest page, SortableColumns<T> columns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(columns);
        var sort = page.Sort.Any(key => key.Key == columns.IdKey)
            ? page.Sort
            : [.. page.Sort, new SortKey(columns.IdKey, page.Sort.Count > 0 ? page.Sort[^1].Direction : SortDirection.Asc)];
        if (page.PageReverse)
        {
            sort = [.. sort.Select(key => key with { Direction = key.Direction == SortDirection.Asc ? SortDirection.Desc : SortDirection.Asc })];
        }

        var query = source;
        if (page.Marker is not null)
        {
            var marker = await FindAsync(source.Where(WhereId(columns.Id, page.Marker)), cancellationToken)
                ?? throw new BadRequestException($"marker [{page.Marker}] not found");
            query = query.Where(After(marker, sort, columns));
        }

        return Order(query, sort, columns).Take(page.Limit);
    }

    private static async Task<T?> FindAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        var single = query.Take(1);
        if (single is IAsyncEnumerable<T> asyncRows)
        {
            await foreach (var row in asyncRows.WithCancellation(cancellationToken))
            {
                return row;
            }

            return default;
        }

        return single.AsEnumerable().FirstOrDefault();
    }

    private static Expression<Func<T, bool>> WhereId<T>(Expression<Func<T, string>> id, string marker) =>
        Expression.Lambda<Func<T, bool>>(Expression.Equal(id.Body, Expression.Constant(marker)), id.Parameters);

    private static IQueryable<T> Order<T>(IQueryable<T> query, IReadOnlyList<SortKey> sort, SortableColumns<T> columns)
    {
        var expression = query.Expression;
        for (var i = 0; i < sort.Count; i++)
        {
            var column = columns.Column(sort[i].Key);
            var method = (i == 0, sort[i].Direction) switch
            {
                (true, SortDirection.Asc) => nameof(Queryable.OrderBy),
                (true, SortDirection.Desc) => nameof(Queryable.OrderByDescending),
                (false, SortDirection.Asc) => nameof(Queryable.ThenBy),
                _ => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), column.ReturnType], expression, Expression.Quote(column));
        }

        return query.Provider.CreateQuery<T>(expression);
    }

    // (k1 > m1) OR (k1 == m1 AND k2 > m2) OR ... with ">" meaning "after" in each key's direction.
    private static Expression<Func<T, bool>> After<T>(T marker, IReadOnlyList<SortKey> sort, SortableColumns<T> columns)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        Expression equalSoFar = Expression.Constant(true);
        foreach (var key in sort)
        {
            var column = columns.Column(key.Key);
            var value = Expression.Constant(column.Compile().DynamicInvoke(marker), column.ReturnType);
            var left = new ParameterReplacer(column.Parameters[0], row).Visit(column.Body);
            var after = Compare(left, value, key.Direction);
            var term = Expression.AndAlso(equalSoFar, after);
            any = any is null ? term : Expression.OrElse(any, term);
            equalSoFar = Expression.AndAlso(equalSoFar, Expression.Equal(left, value));
        }

        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(true), row);
    }

    private static BinaryExpression Compare(Expression left, Expression right, SortDirection direction)
    {
        if (left.Type == typeof(string))
        {
            var comparison = Expression.Call(StringCompare, left, right);
            return direction == SortDirection.Asc
                ? Expression.GreaterThan(comparison, Expression.Constant(0))
                : Expression.LessThan(comparison, Expression.Constant(0));
        }

        return direction == SortDirection.Asc ? Expression.GreaterThan(left, right) : Expression.LessThan(left, right);
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
