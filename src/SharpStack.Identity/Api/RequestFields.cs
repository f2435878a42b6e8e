using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SharpStack.Common.Faults;
using SharpStack.Hosting.Bodies;
using SharpStack.Identity.Application;
using SharpStack.Identity.Application.Projects;

namespace SharpStack.Identity.Api;

/// <summary>
/// The members of one resource object of a Keystone request body, read once the route's body schema (<see cref="IdentitySchemas"/>)
/// has checked them. Members nobody asked for are the resource's extra attributes.
/// </summary>
internal sealed class RequestFields
{
    private readonly JsonObject _body;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private RequestFields(JsonObject body) => _body = body;

    /// <summary>Reads the body, whose schema requires <paramref name="member"/> to be an object.</summary>
    public static async Task<RequestFields> ReadAsync(HttpRequest request, string member)
    {
        var root = await request.ReadJsonBodyAsync<JsonObject>(request.HttpContext.RequestAborted);
        return root[member] is JsonObject resource
            ? new RequestFields(resource)
            : throw new InvalidOperationException($"The route declares no body schema requiring '{member}' to be an object.");
    }

    /// <summary>
    /// A string member, or null. The schema types the members it declares; one it leaves open (a group's domain_id on update,
    /// which is only compared with the stored one) is refused unless a string or null. Beyond <paramref name="storedLength"/>,
    /// for columns shorter than the schema's limit, the value is refused as jsonschema's maxLength words it.
    /// </summary>
    public Optional<string?> String(string field, int storedLength = int.MaxValue)
    {
        if (!_known.Add(field) | !_body.TryGetPropertyValue(field, out var node))
        {
            return Optional<string?>.Unset;
        }

        if (node is null)
        {
            return new Optional<string?>(true, null);
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            throw Invalid(field, SchemaErrors.Repr(node), $"{SchemaErrors.Repr(node)} is not of type 'string'");
        }

        var text = node.GetValue<string>();
        return text.Length > storedLength ? throw Invalid(field, text, $"{SchemaErrors.Repr(text)} is too long") : text;
    }

    /// <summary>A member the schema makes a string that is never null, such as a name.</summary>
    public Optional<string> Text(string field, int storedLength = int.MaxValue) =>
        String(field, storedLength) is { IsSet: true, Value: { } text } ? text : Optional<string>.Unset;

    public Optional<bool> Boolean(string field) =>
        _known.Add(field) & _body.TryGetPropertyValue(field, out var node)
            ? node?.GetValueKind() == JsonValueKind.True
            : Optional<bool>.Unset;

    public Optional<JsonObject> Object(string field) =>
        _known.Add(field) & _body.TryGetPropertyValue(field, out var node) && node is JsonObject value
            ? (JsonObject)value.DeepClone()
            : Optional<JsonObject>.Unset;

    public Optional<IReadOnlyList<string>> Tags(string field) =>
        _known.Add(field) & _body.TryGetPropertyValue(field, out var node) && node is JsonArray tags
            ? new Optional<IReadOnlyList<string>>(true, ProjectTagRules.RefuseControlCharacters(tags, field))
            : Optional<IReadOnlyList<string>>.Unset;

    /// <summary>Marks members the caller reads in its own way (or ignores) so that they do not land in extra.</summary>
    public void Ignore(params string[] fields)
    {
        foreach (var field in fields)
        {
            _known.Add(field);
        }
    }

    /// <summary>How many members the resource object has, read or not.</summary>
    public int Count => _body.Count;

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

    // keystone.api.validation's words: the field, the value as Python's str() shows it, then jsonschema's message.
    private static BadRequestException Invalid(string field, string value, string message) =>
        new($"Invalid input for field/attribute {field}. Value: {value}. {message}");
}
