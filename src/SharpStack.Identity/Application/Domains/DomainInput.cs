using System.Text.Json.Nodes;

namespace SharpStack.Identity.Application.Domains;

/// <summary>The fields of a domain create or update request; unset fields keep their value.</summary>
internal sealed record DomainInput
{
    public Optional<string> Id { get; init; }

    public Optional<string> Name { get; init; }

    public Optional<string?> Description { get; init; }

    public Optional<bool> Enabled { get; init; }

    public JsonObject Extra { get; init; } = [];
}
