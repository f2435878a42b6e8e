using Microsoft.Extensions.Options;
using SharpStack.Image.Application.Images;
using SharpStack.Image.Application.Import;
using SharpStack.Image.Application.Stores;

namespace SharpStack.Image.Application.Data;

/// <summary>The configured import methods and store ids, for the headers of <c>POST /v2/images</c>.</summary>
internal sealed class ConfiguredBackendInfo(ImageStoreCatalog stores, IOptions<ImportOptions> import) : IImageBackendInfo
{
    public IReadOnlyList<string> ImportMethods => import.Value.Methods;

    public IReadOnlyList<string> StoreIds { get; } = [.. stores.All.Select(store => store.Id)];
}
