using System.Text.Json.Nodes;

namespace SharpStack.Identity.Application.Projects;

/// <summary>The fields of a project create or update request; unset fields keep their value.</summary>
internal sealed record ProjectInput
{
    public Optional<string> Name { get; init; }

    public Optional<string?> Description { get; init; }

    public Optional<string?> DomainId { get; init; }

    public Optional<string?> ParentId { get; init; }

    public Optional<bool> Enabled { get; init; }

    public Optional<bool> IsDomain { get; init; }

    public Optional<IReadOnlyList<string>> Tags { get; init; }

    public Optional<JsonObject> Options { get; init; }

    /// <summary>How many members the request's resource object has (an immutable resource takes a one-member update only).</summary>
    public int Members { get; init; }

    public JsonObject Extra { get; init; } = [];
}
