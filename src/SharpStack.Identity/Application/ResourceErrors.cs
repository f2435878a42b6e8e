using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application;

/// <summary>Keystone's wording of the errors the resource APIs share.</summary>
internal static class ResourceErrors
{
    public static NotFoundException NotFound(string resource, string id) => new($"Could not find {resource}: {id}.");

    public static ConflictException Conflict(string resource, string details) =>
        new($"Conflict occurred attempting to store {resource} - {details}.");

    public static ConflictException DuplicateName(string resource, string name, string? domainId) =>
        Conflict(resource, domainId is null
            ? $"Duplicate entry found with name {name}"
            : $"Duplicate entry found with name {name} at domain ID {domainId}");
}
