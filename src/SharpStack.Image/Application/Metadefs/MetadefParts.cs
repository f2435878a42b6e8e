namespace SharpStack.Image.Application.Metadefs;

/// <summary>Which children of a namespace a lookup loads.</summary>
[Flags]
internal enum MetadefParts
{
    None = 0,
    Objects = 1,
    Properties = 2,
    Tags = 4,
    ResourceTypes = 8,
    All = Objects | Properties | Tags | ResourceTypes,
}
