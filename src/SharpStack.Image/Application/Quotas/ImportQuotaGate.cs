using Microsoft.Extensions.DependencyInjection;
using SharpStack.Image.Application.Import;

namespace SharpStack.Image.Application.Quotas;

/// <summary>
/// The quota checks an import task makes once the image is marked as importing (api_image_import.get_flow):
/// glance-direct needs room for the staged size in image_size_total; web-download and copy-image use staging, so
/// image_stage_total and image_count_uploading. A refusal fails the task with Glance's message.
/// </summary>
internal sealed class ImportQuotaGate(IServiceScopeFactory scopes)
{
    public async Task EnforceAsync(string owner, string method, long? imageSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var quotas = scope.ServiceProvider.GetRequiredService<ImageQuotaEnforcer>();
        if (method == ImportOptions.GlanceDirect)
        {
            await quotas.EnforceImageSizeTotalAsync(owner, imageSize, cancellationToken);
            return;
        }

        await quotas.EnforceImageStageTotalAsync(owner, imageSize, cancellationToken);
        await quotas.EnforceImageCountUploadingAsync(owner, cancellationToken);
    }
}
