using System.Text.Json;
using Json.Schema;

namespace SharpStack.Common.Json;

/// <summary>
/// Walks JsonSchema.Net's evaluation units in the order Python's jsonschema iterates (keywords in the schema's
/// order, then the body's members in the body's order) and returns the first failure, as jsonschema raises it.
/// </summary>
internal sealed class SchemaFailureFinder
{
    private static readonly string[] _childApplicators = ["additionalProperties", "items", "additionalItems", "unevaluatedProperties", "unevaluatedItems", "propertyNames"];
    private static readonly string[] _namedApplicators = ["properties", "patternProperties", "dependentSchemas", "prefixItems", "allOf", "then", "else", "$ref", "$dynamicRef"];

    private readonly JsonElement _schemaRoot;
    private readonly JsonElement _instanceRoot;
    private readonly ILookup<string, EvaluationResults> _units;

    public SchemaFailureFinder(JsonElement schemaRoot, JsonElement instanceRoot, EvaluationResults results)
    {
        _schemaRoot = schemaRoot;
        _instanceRoot = instanceRoot;
        _units = (results.Details ?? []).Append(results).ToLookup(unit => unit.EvaluationPath.ToString(), StringComparer.Ordinal);
    }

    public SchemaFailure? First() => Unit(_units[string.Empty].First(), _schemaRoot);

    private SchemaFailure? Unit(EvaluationResults unit, JsonElement schema)
    {
        if (unit.IsValid)
        {
            return null;
        }

        var path = JsonPointerText.Tokens(unit.InstanceLocation.ToString());
        var instance = JsonPointerText.Resolve(_instanceRoot, path) ?? _instanceRoot;
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return new SchemaFailure(path, instance, SchemaMessages.For(string.Empty, schema, instance, schema));
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var failure = Keyword(unit, schema, keyword, path, instance);
            if (failure is not null)
            {
                return failure;
            }
        }

        return null;
    }

    private SchemaFailure? Keyword(EvaluationResults unit, JsonElement schema, JsonProperty keyword, IReadOnlyList<string> path, JsonElement instance)
    {
        var at = unit.EvaluationPath + "/" + Escape(keyword.Name);
        if (unit.Errors?.ContainsKey(keyword.Name) == true)
        {
            return new SchemaFailure(path, instance, SchemaMessages.For(keyword.Name, keyword.Value, instance, schema));
        }

        if (keyword.Name is "anyOf" or "oneOf" && keyword.Value.ValueKind == JsonValueKind.Array)
        {
            var branches = keyword.Value.EnumerateArray().ToList();
            var valid = branches.Where((_, index) => !_units[at + "/" + index].Any(branch => !branch.IsValid)).ToList();
            return valid.Count == 0 ? new SchemaFailure(path, instance, SchemaMessages.For(keyword.Name, keyword.Value, instance, schema))
                : valid.Count > 1 && keyword.Name == "oneOf" ? new SchemaFailure(path, instance, SchemaMessages.ValidUnderEach(instance, [.. valid.Skip(1), valid[0]]))
                : null;
        }

        if (keyword.Name == "not")
        {
            return _units[at].Any(inner => inner.IsValid) ? new SchemaFailure(path, instance, SchemaMessages.For("not", keyword.Value, instance, schema)) : null;
        }

        if (keyword.Value.ValueKind == JsonValueKind.False && keyword.Name is "additionalProperties" or "unevaluatedProperties")
        {
            return _units[at].Any(inner => !inner.IsValid)
                ? new SchemaFailure(path, instance, SchemaMessages.For("additionalProperties", keyword.Value, instance, schema))
                : null;
        }

        if (_childApplicators.Contains(keyword.Name))
        {
            // JsonSchema.Net 8.0.5 names the units of "items" ".../items/items".
            var units = keyword.Name == "items" ? _units[at].Concat(_units[at + "/items"]) : _units[at];
            return InInstanceOrder(units).Select(child => Unit(child, keyword.Value)).FirstOrDefault(failure => failure is not null);
        }

        if (!_namedApplicators.Contains(keyword.Name))
        {
            return null;
        }

        if (keyword.Name is "$ref" or "$dynamicRef")
        {
            return _units[at].Select(child => Unit(child, Referenced(child))).FirstOrDefault(failure => failure is not null);
        }

        var children = keyword.Value.ValueKind switch
        {
            JsonValueKind.Object when keyword.Name is not ("then" or "else") =>
                keyword.Value.EnumerateObject().Select(member => (Path: at + "/" + Escape(member.Name), Schema: member.Value)),
            JsonValueKind.Array => keyword.Value.EnumerateArray().Select((item, index) => (Path: at + "/" + index, Schema: item)),
            _ => [(Path: at, Schema: keyword.Value)],
        };
        return children
            .SelectMany(child => InInstanceOrder(_units[child.Path]).Select(unit => (Unit: unit, child.Schema)))
            .Select(child => Unit(child.Unit, child.Schema))
            .FirstOrDefault(failure => failure is not null);
    }

    private JsonElement Referenced(EvaluationResults unit)
    {
        var fragment = unit.SchemaLocation.Fragment;
        return JsonPointerText.Resolve(_schemaRoot, JsonPointerText.Tokens(fragment.Length == 0 ? "#" : fragment)) ?? _schemaRoot;
    }

    private IEnumerable<EvaluationResults> InInstanceOrder(IEnumerable<EvaluationResults> units) =>
        units.OrderBy(unit => Position(JsonPointerText.Tokens(unit.InstanceLocation.ToString())));

    private int Position(IReadOnlyList<string> path)
    {
        if (path.Count == 0 || JsonPointerText.Resolve(_instanceRoot, path.Take(path.Count - 1)) is not { } parent)
        {
            return 0;
        }

        var last = path[^1];
        return parent.ValueKind == JsonValueKind.Array
            ? int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)
            : parent.EnumerateObject().TakeWhile(member => member.Name != last).Count();
    }

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
