using System.Text.Json.Nodes;

namespace SharpStack.Image.Application.Images;

/// <summary>One change of a JSON-patch request: add, replace or remove, with its decoded path.</summary>
/// <param name="Op">add, replace or remove.</param>
/// <param name="Path">The decoded JSON pointer, e.g. ["name"] or ["locations", "0"].</param>
/// <param name="Value">The new value (absent for remove).</param>
/// <param name="DraftVersion">4 for application/openstack-images-v2.0-json-patch, 10 for v2.1.</param>
internal sealed record ImagePatchOperation(string Op, IReadOnlyList<string> Path, JsonNode? Value, int DraftVersion)
{
    public string Root => Path[0];
}
