using Microsoft.Extensions.Configuration;

namespace SharpStack.Image.Application.Stores;

/// <summary>Creates the stores of one kind (the part after the colon in <c>enabled_backends</c>).</summary>
internal interface IImageStoreFactory
{
    string Kind { get; }

    /// <summary>Creates store <paramref name="id"/> from its own configuration section.</summary>
    IImageStore Create(string id, IConfigurationSection section);
}
