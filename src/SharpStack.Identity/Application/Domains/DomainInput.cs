using System.Text.Json.Nodes;

namespace SharpStack.Identity.Application.Domains;

/// <summary>The fields of a domain create or update request; unset fields keep their value.</summary>
internal sealed record DomainInput
{
    public Optional<string> Id { get; init; }

    public Optional<string> Name { get; init; }

    public Optional<string?> Description { get; init; }

    public Optional<bool> Enabled { get; init; }

    public Optional<JsonObject> Options { get; init; }

    /// <summary>How many members the request's resource object has (an immutable resource takes a one-member update only).</summary>
    public int Members { get; init; }

    public JsonObject Extra { get; init; } = [];
}
