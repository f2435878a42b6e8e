using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Import;

/// <summary>Edits the reserved <c>os_glance_*</c> properties through which an import reports its progress.</summary>
internal sealed class ImportProgress(ImageRecord image)
{
    public string? Get(string name) => image.Properties.FirstOrDefault(p => p.Name == name)?.Value;

    public void Set(string name, string value)
    {
        var property = image.Properties.FirstOrDefault(p => p.Name == name);
        if (property is null)
        {
            image.Properties.Add(new ImageProperty { ImageId = image.Id, Name = name, Value = value });
        }
        else
        {
            property.Value = value;
        }
    }

    public void Remove(string name) => image.Properties.RemoveAll(p => p.Name == name);

    /// <summary>Adds store ids to a comma-separated list property, sorted as Glance's merge_store_list writes it.</summary>
    public void AddTo(string name, IEnumerable<string> storeIds) =>
        Set(name, string.Join(',', List(name).Union(storeIds, StringComparer.Ordinal).Order(StringComparer.Ordinal)));

    /// <summary>Removes store ids from a comma-separated list property; the property stays, possibly empty, as in Glance.</summary>
    public void RemoveFrom(string name, IEnumerable<string> storeIds) =>
        Set(name, string.Join(',', List(name).Except(storeIds, StringComparer.Ordinal).Order(StringComparer.Ordinal)));

    private List<string> List(string name) =>
        [.. (Get(name) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)];
}
