using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SharpStack.Data;

namespace SharpStack.Image.Application.Stores;

/// <summary>Creates file stores; a store without <c>filesystem_store_datadir</c> lives in <c>&lt;data_dir&gt;/images/&lt;store id&gt;</c>.</summary>
internal sealed class FileImageStoreFactory(IOptions<DatabaseOptions> database) : IImageStoreFactory
{
    public string Kind => FileImageStore.StoreKind;

    public IImageStore Create(string id, IConfigurationSection section)
    {
        var options = section.Get<FileStoreOptions>() ?? new FileStoreOptions();
        var folder = string.IsNullOrWhiteSpace(options.FilesystemStoreDatadir)
            ? Path.Combine(DataDirectory(database.Value), "images", id)
            : options.FilesystemStoreDatadir;
        return new FileImageStore(id, new DirectoryInfo(Path.GetFullPath(folder)), options.StoreDescription, options.Weight);
    }

    private static string DataDirectory(DatabaseOptions options) =>
        string.IsNullOrWhiteSpace(options.DataDirectory) ? Path.GetFullPath("data") : options.DataDirectory;
}
