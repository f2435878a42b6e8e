using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SharpStack.Image.Application.Images;
using SharpStack.Image.Application.Import;
using SharpStack.Image.Application.Stores;
using SharpStack.Image.Application.Tasks;

namespace SharpStack.Image.Application.Data;

/// <summary>Registers the data plane of the Image service: stores, upload, download and crash recovery.</summary>
internal static class ImageDataServiceCollectionExtensions
{
    public static IServiceCollection AddImageData(this IServiceCollection services)
    {
        services.AddOptions<StoreBackendsOptions>().BindConfiguration(StoreBackendsOptions.SectionName);
        services.AddOptions<GlanceStoreOptions>().BindConfiguration(GlanceStoreOptions.SectionName);
        services.AddOptions<ImageDataOptions>().BindConfiguration(ImageDataOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ImageDataOptions>, ImageDataOptionsValidator>());
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.SectionName)
            .Validate(options => options.Methods.All(ImportOptions.KnownMethods.Contains), "[DEFAULT] enabled_import_methods may name only glance-direct, web-download and copy-image.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IImageStoreFactory, FileImageStoreFactory>());
        services.AddSingleton<ImageStoreCatalog>();
        services.AddSingleton<ImageDataStates>();
        services.Replace(ServiceDescriptor.Singleton<IImageBackendInfo, ConfiguredBackendInfo>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IImageDeletionHandler, StoredDataDeletionHandler>());
        services.AddScoped<ImageUploadService>();
        services.AddSingleton<ImageDownloadService>();
        services.AddOptions<ImportFilteringOptions>().BindConfiguration(ImportFilteringOptions.SectionName);
        services.AddSingleton<ImportUriFilter>();
        services.AddSingleton<ImportTaskRepository>();
        services.AddSingleton<WebDownloadClient>();
        services.AddScoped<ImageStageService>();
        services.AddSingleton<ImportTaskRunner>();
        services.AddScoped<ImageImportService>();
        services.AddSingleton<StoreCopyService>();
        services.AddScoped<TaskQueryService>();
        services.AddHostedService<DataRecoveryService>();
        services.AddHostedService<ImportWorker>();
        return services;
    }
}
