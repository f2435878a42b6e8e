using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SharpStack.Common.Faults;
using SharpStack.Hosting.Bodies;
using SharpStack.Identity.Application;
using SharpStack.Identity.Application.Projects;

namespace SharpStack.Identity.Api;

/// <summary>
/// The members of one resource object of a Keystone request body, checked as Keystone's JSON schemas check them:
/// a 400 naming the field in jsonschema's words. Members nobody asked for are the resource's extra attributes.
/// </summary>
internal sealed class RequestFields
{
    private readonly JsonObject _body;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private RequestFields(JsonObject body) => _body = body;

    public int Count => _body.Count;

    public static async Task<RequestFields> ReadAsync(HttpRequest request, string member)
    {
        var root = await request.ReadJsonBodyAsync<JsonObject>(request.HttpContext.RequestAborted);
        return root[member] switch
        {
            null when !root.ContainsKey(member) => new RequestFields([]),
            JsonObject resource => new RequestFields(resource),
            var other => throw SchemaErrors.Invalid(member, other, "is not of type 'object'"),
        };
    }

    public bool Has(string field) => _body.ContainsKey(field);

    public void Require(string field)
    {
        if (!Has(field))
        {
            throw new BadRequestException($"'{field}' is a required property");
        }
    }

    /// <summary>An update names at least one member (the schemas' minProperties).</summary>
    public void RequireAny()
    {
        if (_body.Count == 0)
        {
            throw new BadRequestException("{} does not have enough properties");
        }
    }

    /// <summary>Keystone's name type: a string of 1 to <paramref name="maxLength"/> characters, not only blanks.</summary>
    public Optional<string> Name(string field, int maxLength)
    {
        var value = String(field, maxLength, nullable: false, minLength: 1);
        if (value.IsSet && string.IsNullOrWhiteSpace(value.Value))
        {
            throw SchemaErrors.Invalid(field, _body[field], "does not match '[\\\\S]+'");
        }

        return value.IsSet ? value.Value! : Optional<string>.Unset;
    }

    public Optional<string?> String(string field, int maxLength = int.MaxValue, bool nullable = true, int minLength = 0)
    {
        if (!_known.Add(field) | !_body.TryGetPropertyValue(field, out var node))
        {
            return Optional<string?>.Unset;
        }

        if (node is null)
        {
            return nullable ? new Optional<string?>(true, null) : throw SchemaErrors.Invalid(field, node, "is not of type 'string'");
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            throw SchemaErrors.Invalid(field, node, nullable ? "is not of type 'string', 'null'" : "is not of type 'string'");
        }

        var value = node.GetValue<string>();
        return value.Length > maxLength ? throw SchemaErrors.Invalid(field, node, "is too long")
            : value.Length < minLength ? throw SchemaErrors.Invalid(field, node, "is too short")
            : value;
    }

    public Optional<bool> Boolean(string field)
    {
        if (!_known.Add(field) | !_body.TryGetPropertyValue(field, out var node))
        {
            return Optional<bool>.Unset;
        }

        return node?.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw SchemaErrors.Invalid(field, node, "is not of type 'boolean'"),
        };
    }

    public Optional<JsonObject> Object(string field)
    {
        if (!_known.Add(field) | !_body.TryGetPropertyValue(field, out var node))
        {
            return Optional<JsonObject>.Unset;
        }

        return node is JsonObject value ? (JsonObject)value.DeepClone() : throw SchemaErrors.Invalid(field, node, "is not of type 'object'");
    }

    public Optional<IReadOnlyList<string>> Tags(string field)
    {
        if (!_known.Add(field) | !_body.TryGetPropertyValue(field, out var node))
        {
            return Optional<IReadOnlyList<string>>.Unset;
        }

        return new Optional<IReadOnlyList<string>>(true, ProjectTagRules.Validate(node, field));
    }

    /// <summary>
    /// Checks that a member kept among the extra attributes (as Keystone keeps a user's description) is a string or null,
    /// without claiming it, as the user schemas' <c>"description": {"type": ["string", "null"]}</c> does.
    /// </summary>
    public void StringOrNull(string field)
    {
        if (_body.TryGetPropertyValue(field, out var node) && node is not null && node.GetValueKind() != JsonValueKind.String)
        {
            throw SchemaErrors.Invalid(field, node, "is not of type 'string', 'null'");
        }
    }

    /// <summary>Marks members the caller reads in its own way (or ignores) so that they do not land in extra.</summary>
    public void Ignore(params string[] fields)
    {
        foreach (var field in fields)
        {
            _known.Add(field);
        }
    }

    public JsonObject Extra()
    {
        var extra = new JsonObject();
        foreach (var (name, value) in _body)
        {
            if (!_known.Contains(name))
            {
                extra[name] = value?.DeepClone();
            }
        }

        return extra;
    }
}
