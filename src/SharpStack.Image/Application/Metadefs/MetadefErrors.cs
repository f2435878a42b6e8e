using SharpStack.Common.Faults;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>Glance's metadata definition errors, with its wording (glance/common/exception.py).</summary>
internal static class MetadefErrors
{
    public static NotFoundException NamespaceNotFound(string ns) => new($"Metadata definition namespace={ns} was not found.");

    public static ConflictException DuplicateNamespace(string ns) => new($"The metadata definition namespace={ns} already exists.");

    public static ForbiddenException ProtectedNamespace(string ns) => new($"Metadata definition namespace {ns} is protected and cannot be deleted.");

    public static NotFoundException ObjectNotFound(string name, string ns) =>
        new($"The metadata definition object with name={name} was not found in namespace={ns}.");

    public static ConflictException DuplicateObject(string name, string ns) =>
        new($"A metadata definition object with name={name} already exists in namespace={ns}.");

    public static ForbiddenException ProtectedObject(string name) => new($"Metadata definition object {name} is protected and cannot be deleted.");

    public static NotFoundException PropertyNotFound(string name, string ns) =>
        new($"The metadata definition property with name={name} was not found in namespace={ns}.");

    public static ConflictException DuplicateProperty(string name, string ns) =>
        new($"A metadata definition property with name={name} already exists in namespace={ns}.");

    public static ForbiddenException ProtectedProperty(string name) => new($"Metadata definition property {name} is protected and cannot be deleted.");

    public static NotFoundException TagNotFound(string name, string ns) =>
        new($"The metadata definition tag with name={name} was not found in namespace={ns}.");

    public static ConflictException DuplicateTag(string name, string ns) =>
        new($"A metadata tag with name={name} already exists in namespace={ns}. (Please note that metadata tag names are case insensitive).");

    public static ForbiddenException ProtectedTag(string name) => new($"Metadata definition tag {name} is protected and cannot be deleted.");

    public static NotFoundException ResourceTypeNotFound(string name) => new($"The metadata definition resource-type with name={name}, was not found.");

    public static NotFoundException AssociationNotFound(string name, string ns) =>
        new($"The metadata definition resource-type association of resource-type={name} to namespace={ns}, was not found.");

    public static ConflictException DuplicateAssociation(string name, string ns) =>
        new($"The metadata definition resource-type association of resource-type={name} to namespace={ns} already exists.");

    public static ForbiddenException ProtectedAssociation(string name) =>
        new($"Metadata definition resource-type-association {name} is protected and cannot be deleted.");

    public static ForbiddenException NotAuthorized(string rule) => new($"You are not authorized to complete {rule} action.");
}
