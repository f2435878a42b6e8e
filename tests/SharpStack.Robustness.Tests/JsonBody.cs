using System.Text;
using System.Text.Json.Nodes;

namespace SharpStack.Robustness.Tests;

/// <summary>A route's valid-ish JSON body with one part replaced by raw text (which may be anything but JSON).</summary>
public sealed class JsonBody
{
    private const string Sentinel = "robustness-sentinel-5f2e";

    private readonly JsonNode _root;
    private readonly string[] _holder;

    public JsonBody(RouteCase routeCase)
    {
        ArgumentNullException.ThrowIfNull(routeCase);
        var shape = routeCase.Shape.IsJson ? routeCase.Shape : new BodyShape("application/json", """{"name":"robust"}""", "");
        ContentType = shape.ContentType;
        var root = JsonNode.Parse(routeCase.Targets.Fill(shape.Template)) ?? new JsonObject();
        _holder = (shape.Holder ?? DefaultHolder(root)).Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (Walk(root, _holder) is not JsonObject)
        {
            _holder = [];
            root = root as JsonObject ?? new JsonObject { ["name"] = "robust" };
        }

        _root = root;
        var holder = Holder(_root) as JsonObject;
        Fields = holder is null || holder.Count == 0 ? ["name"] : [.. holder.Select(property => property.Key)];
        StringFields = holder?.Where(property => property.Value is JsonValue value && value.TryGetValue<string>(out _)).Select(property => property.Key).ToList() is { Count: > 0 } strings
            ? strings
            : [Fields[0]];
    }

    public string ContentType { get; }

    public IReadOnlyList<string> Fields { get; }

    public IReadOnlyList<string> StringFields { get; }

    public string Text => _root.ToJsonString();

    /// <summary>The JSON kind of a field as the valid body has it.</summary>
    public string KindOf(string field) => (Holder(_root) as JsonObject)?[field]?.GetValueKind() switch
    {
        null => "Null",
        System.Text.Json.JsonValueKind.False => "True",
        var kind => kind.ToString()!,
    };

    /// <summary>A field's JSON as the valid body has it, <c>"robust"</c> when it has none.</summary>
    public string RawOf(string field) => (Holder(_root) as JsonObject)?[field]?.ToJsonString() ?? "\"robust\"";

    /// <summary>The body with <paramref name="field"/> of the attacked object set to raw text.</summary>
    public string WithField(string field, string raw) => Replace(clone => ((JsonObject)Holder(clone)!)[field] = Sentinel, raw);

    /// <summary>The body with each of <paramref name="fields"/> set to raw text.</summary>
    public string WithFields(IEnumerable<string> fields, string raw) => Replace(clone =>
    {
        foreach (var field in fields)
        {
            ((JsonObject)Holder(clone)!)[field] = Sentinel;
        }
    }, raw);

    /// <summary>The body with the attacked object itself replaced by raw text.</summary>
    public string WithHolder(string raw)
    {
        if (_holder.Length == 0)
        {
            return raw;
        }

        return Replace(clone =>
        {
            var parent = Walk(clone, _holder[..^1]);
            var key = _holder[^1];
            if (parent is JsonArray array && int.TryParse(key, out var index))
            {
                array[index] = Sentinel;
            }
            else if (parent is JsonObject parentObject)
            {
                parentObject[key] = Sentinel;
            }
        }, raw);
    }

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private string Replace(Action<JsonNode> change, string raw)
    {
        var clone = _root.DeepClone();
        change(clone);
        return clone.ToJsonString().Replace($"\"{Sentinel}\"", raw, StringComparison.Ordinal);
    }

    private JsonNode? Holder(JsonNode root) => Walk(root, _holder);

    private static JsonNode? Walk(JsonNode root, IEnumerable<string> path)
    {
        var node = root;
        foreach (var step in path)
        {
            node = node switch
            {
                JsonArray array when int.TryParse(step, out var index) && index < array.Count => array[index],
                JsonObject item => item[step],
                _ => null,
            };
        }

        return node;
    }

    private static string DefaultHolder(JsonNode root) => root switch
    {
        JsonArray { Count: > 0 } array when array[0] is JsonObject => "0",
        JsonObject { Count: 1 } single when single.First().Value is JsonObject => single.First().Key,
        _ => "",
    };
}
