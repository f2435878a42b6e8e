using System.Linq.Expressions;
using System.Reflection;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Images;

/// <summary>
/// Orders images by Glance's sort keys and keeps what follows a marker image (glance/db/sqlalchemy/api.py
/// _paginate_query), comparing nulls as the empty string or zero so the order and the marker agree on every database.
/// </summary>
internal static class ImageListOrdering
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static IQueryable<ImageRecord> OrderBy(IQueryable<ImageRecord> images, IReadOnlyList<(string Key, bool Descending)> sort)
    {
        IOrderedQueryable<ImageRecord>? ordered = null;
        foreach (var (key, descending) in sort)
        {
            ordered = key switch
            {
                "size" => Then(images, ordered, i => i.Size ?? 0L, descending),
                "created_at" => Then(images, ordered, i => i.CreatedAt, descending),
                "updated_at" => Then(images, ordered, i => i.UpdatedAt, descending),
                _ => Then(images, ordered, (Expression<Func<ImageRecord, string>>)Selector(key), descending),
            };
        }

        return ordered ?? images;
    }

    /// <summary>Rows after <paramref name="marker"/> in the order <paramref name="sort"/> defines.</summary>
    public static IQueryable<ImageRecord> After(IQueryable<ImageRecord> images, ImageRecord marker, IReadOnlyList<(string Key, bool Descending)> sort)
    {
        var parameter = Expression.Parameter(typeof(ImageRecord), "i");
        Expression? any = null;
        for (var i = 0; i < sort.Count; i++)
        {
            Expression criterion = Compare(parameter, marker, sort[i].Key, sort[i].Descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
            for (var j = 0; j < i; j++)
            {
                criterion = Expression.AndAlso(Compare(parameter, marker, sort[j].Key, ExpressionType.Equal), criterion);
            }

            any = any is null ? criterion : Expression.OrElse(any, criterion);
        }

        return any is null ? images : images.Where(Expression.Lambda<Func<ImageRecord, bool>>(any, parameter));
    }

    private static IOrderedQueryable<ImageRecord> Then<TKey>(
        IQueryable<ImageRecord> images, IOrderedQueryable<ImageRecord>? ordered, Expression<Func<ImageRecord, TKey>> key, bool descending) =>
        ordered is null
            ? descending ? images.OrderByDescending(key) : images.OrderBy(key)
            : descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);

    private static LambdaExpression Selector(string key) => key switch
    {
        "name" => (Expression<Func<ImageRecord, string>>)(i => i.Name ?? ""),
        "status" => (Expression<Func<ImageRecord, string>>)(i => i.Status),
        "container_format" => (Expression<Func<ImageRecord, string>>)(i => i.ContainerFormat ?? ""),
        "disk_format" => (Expression<Func<ImageRecord, string>>)(i => i.DiskFormat ?? ""),
        "id" => (Expression<Func<ImageRecord, string>>)(i => i.Id),
        "size" => (Expression<Func<ImageRecord, long>>)(i => i.Size ?? 0L),
        "created_at" => (Expression<Func<ImageRecord, DateTime>>)(i => i.CreatedAt),
        "updated_at" => (Expression<Func<ImageRecord, DateTime>>)(i => i.UpdatedAt),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a sort key."),
    };

    private static BinaryExpression Compare(ParameterExpression parameter, ImageRecord marker, string key, ExpressionType comparison)
    {
        var selector = Selector(key);
        var column = new ParameterReplacer(selector.Parameters[0], parameter).Visit(selector.Body);
        var markerValue = selector.Compile().DynamicInvoke(marker);
        var constant = Expression.Constant(markerValue, selector.ReturnType);
        if (selector.ReturnType != typeof(string))
        {
            return Expression.MakeBinary(comparison, column, constant);
        }

        if (comparison == ExpressionType.Equal)
        {
            return Expression.Equal(column, constant);
        }

        return Expression.MakeBinary(comparison, Expression.Call(StringCompare, column, constant), Expression.Constant(0));
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
