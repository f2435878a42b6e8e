using System.Reflection;
using System.Text.Json;
using Json.Schema;
using SharpStack.Common.Faults;

namespace SharpStack.Common.Json;

/// <summary>An upstream JSON Schema for a request body, checked with JsonSchema.Net and answered in the service's words.</summary>
public sealed class RequestBodySchema
{
    private readonly JsonSchema _schema;
    private readonly JsonElement _document;
    private readonly SchemaFaultStyle _style;
    private readonly EvaluationOptions _evaluation;

    private RequestBodySchema(JsonElement document, SchemaFaultStyle style)
    {
        _document = document;
        _style = style;
        _schema = JsonSchema.Build(document, new BuildOptions { Dialect = Dialect.Draft202012, SchemaRegistry = new SchemaRegistry() });
        _evaluation = new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = style != SchemaFaultStyle.Glance,
        };
        if (style != SchemaFaultStyle.Glance)
        {
            _evaluation.FormatRegistry = KeystoneFormats.Registry;
        }

        Name = document.ValueKind == JsonValueKind.Object && document.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString() ?? string.Empty
            : string.Empty;
    }

    /// <summary>The schema's <c>name</c> member, which Glance's messages quote.</summary>
    public string Name { get; }

    /// <exception cref="ArgumentException">The text is not a JSON Schema.</exception>
    public static RequestBodySchema Parse(string jsonSchemaText, SchemaFaultStyle style)
    {
        ArgumentNullException.ThrowIfNull(jsonSchemaText);
        try
        {
            using var document = JsonDocument.Parse(jsonSchemaText);
            return new RequestBodySchema(document.RootElement.Clone(), style);
        }
        catch (Exception exception) when (exception is JsonException or JsonSchemaException)
        {
            throw new ArgumentException($"Not a JSON Schema: {exception.Message}", nameof(jsonSchemaText), exception);
        }
    }

    /// <summary>Loads a schema kept as an embedded resource (e.g. <c>SharpStack.Identity.Api.Users.user_create.json</c>).</summary>
    public static RequestBodySchema FromResource(Assembly assembly, string resourceName, SchemaFaultStyle style)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new ArgumentException($"No embedded resource {resourceName} in {assembly.GetName().Name}.", nameof(resourceName));
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), style);
    }

    /// <summary>Checks a body, throwing the upstream 400 for the first keyword it fails in jsonschema's order.</summary>
    /// <exception cref="BadRequestException">The body does not match the schema.</exception>
    public void Validate(JsonElement body)
    {
        var results = _schema.Evaluate(body, _evaluation);
        if (results.IsValid)
        {
            return;
        }

        var failure = new SchemaFailureFinder(_document, body, results).First()
            ?? new SchemaFailure([], body, $"{PythonRepr.Of(body)} is not valid under the given schema");
        throw new BadRequestException(Describe(failure));
    }

    private string Describe(SchemaFailure failure) => _style switch
    {
        SchemaFaultStyle.Glance => $"Provided object does not match schema '{Name}': {failure.Message}",
        _ when failure.InstancePath.Count == 0 => failure.Message,
        SchemaFaultStyle.KeystoneMember => $"Invalid input for field '{string.Join('/', failure.InstancePath)}': {failure.Message}",
        _ => $"Invalid input for field/attribute {failure.InstancePath[^1]}. Value: {PythonRepr.Str(failure.Instance)}. {failure.Message}",
    };
}
