using System.Linq.Expressions;

namespace SharpStack.Common.Paging;

/// <summary>Maps the sort keys a list endpoint allows to entity properties, plus the id that markers name.</summary>
/// <typeparam name="T">The entity type.</typeparam>
public sealed class SortableColumns<T>
{
    private readonly Dictionary<string, LambdaExpression> _columns = new(StringComparer.Ordinal);

    public SortableColumns(string idKey, Expression<Func<T, string>> id)
    {
        ArgumentNullException.ThrowIfNull(id);
        IdKey = idKey;
        Id = id;
        _columns[idKey] = id;
    }

    public string IdKey { get; }

    public Expression<Func<T, string>> Id { get; }

    public IReadOnlySet<string> Keys => _columns.Keys.ToHashSet(StringComparer.Ordinal);

    public SortableColumns<T> Add<TKey>(string key, Expression<Func<T, TKey>> column)
    {
        _columns[key] = column;
        return this;
    }

    public LambdaExpression Column(string key) =>
        _columns.TryGetValue(key, out var column) ? column : throw new ArgumentException($"No sortable column '{key}'.", nameof(key));

    /// <summary>Paging rules allowing exactly these keys.</summary>
    public PagingRules Rules(params SortKey[] defaultSort) => PagingRules.Create(_columns.Keys, defaultSort);
}
