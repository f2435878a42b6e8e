using System.Text.Json.Nodes;

namespace SharpStack.Identity.Application.Groups;

/// <summary>The fields of a group create or update request; unset fields keep their value.</summary>
internal sealed record GroupInput
{
    public Optional<string> Name { get; init; }

    public Optional<string?> DomainId { get; init; }

    public Optional<string?> Description { get; init; }

    public JsonObject Extra { get; init; } = [];
}
