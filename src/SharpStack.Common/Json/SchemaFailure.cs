using System.Text.Json;

namespace SharpStack.Common.Json;

/// <summary>The first keyword a body fails: where in the body (jsonschema's <c>path</c>), the value there and jsonschema's message.</summary>
internal sealed record SchemaFailure(IReadOnlyList<string> InstancePath, JsonElement Instance, string Message);
