using System.Text.Json.Nodes;

namespace SharpStack.Identity.Application.Users;

/// <summary>The fields of a user create or update request; unset fields keep their value.</summary>
internal sealed record UserInput
{
    public Optional<string> Name { get; init; }

    public Optional<string?> DomainId { get; init; }

    public Optional<string?> DefaultProjectId { get; init; }

    public Optional<string?> Password { get; init; }

    public Optional<bool> Enabled { get; init; }

    /// <summary>Options to set; a null value removes the option.</summary>
    public Optional<JsonObject> Options { get; init; }

    public JsonObject Extra { get; init; } = [];
}
