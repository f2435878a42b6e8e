using System.Text.RegularExpressions;

namespace SharpStack.Robustness.Tests;

/// <summary>
/// The values route parameters and body placeholders take for one caller: ids of real resources, keyed
/// <c>{parameter}</c> or, where a name means different things under different parents, <c>parent/{parameter}</c>
/// (<c>users/{actorId}</c>, <c>endpoint_groups/{groupId}</c>); anything else gets <see cref="UnknownId"/>.
/// </summary>
public sealed partial class RouteTargets(IReadOnlyDictionary<string, string> values)
{
    public const string UnknownId = "00000000-0000-4000-8000-00000000dead";

    public static RouteTargets None { get; } = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Values => values;

    public string For(RobustRoute route, int segment)
    {
        ArgumentNullException.ThrowIfNull(route);
        var name = route.Segments[segment].Text;
        var parent = segment > 0 ? route.Segments[segment - 1].Text : "";
        return values.TryGetValue($"{parent}/{{{name}}}", out var value) || values.TryGetValue($"{{{name}}}", out value) ? value : UnknownId;
    }

    /// <summary>The route's path, each parameter percent-encoded, the one at <paramref name="attacked"/> replaced by raw wire text.</summary>
    public string Path(RobustRoute route, int attacked = -1, string? wireText = null)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (route.Segments.Count == 0)
        {
            return "/";
        }

        return string.Concat(route.Segments.Select((segment, index) => "/" + (!segment.IsParameter
            ? segment.Text
            : index == attacked ? wireText : Uri.EscapeDataString(For(route, index)))));
    }

    public string Fill(string template) => Placeholder().Replace(template, match =>
        values.TryGetValue(match.Value, out var value) ? value : UnknownId);

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();
}
