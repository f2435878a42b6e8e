using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Data;
using SharpStack.Image.Application.Policies;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Application.Stores;
using SharpStack.Image.Application.Tasks;
using SharpStack.Image.Domain;
using SharpStack.Messaging;

namespace SharpStack.Image.Application.Import;

/// <summary>
/// <c>POST /v2/images/{id}/import</c> (glance/api/v2/images.py import_image): checks the image, the method and the
/// stores, takes the import lock and creates the task in one guarded write, then casts the work to the import worker.
/// </summary>
internal sealed class ImageImportService(
    ImageDataStates states,
    ImageStoreCatalog stores,
    ImportTaskRepository tasks,
    ImportUriFilter uriFilter,
    IOptions<ImportOptions> options,
    ImageQuotaEnforcer quotas,
    IMessageBus bus)
{
    public async Task ImportAsync(ImageRecord image, JsonObject? body, string? storeHeader, ImagePolicy policy, string? requestId, CancellationToken ct)
    {
        var request = ImportRequest.Parse(body, options.Value.Methods);
        var project = policy.ProjectId ?? image.Owner ?? "";
        await quotas.EnforceImageSizeTotalAsync(project, null, ct);
        EnsureImportable(image, request.Method);
        policy.Enforce(request.Method == ImportOptions.CopyImage ? ImagePolicyRules.CopyImage : ImagePolicyRules.ModifyImage, image);
        await tasks.EnsureNoActiveImportAsync(image, ct);

        var targets = TargetStores(request, storeHeader);
        if (request.Method == ImportOptions.CopyImage)
        {
            var existing = image.Locations.Select(location => location.StoreId).ToHashSet(StringComparer.Ordinal);
            if (request.AllStores)
            {
                targets.RemoveAll(existing.Contains);
                if (targets.Count == 0)
                {
                    // Glance returns without a task here. Its progress properties are still written (empty), so a
                    // client waiting for os_glance_importing_to_stores to empty, as tempest's copy waiter does, sees
                    // the copy as done instead of waiting for a task that never starts.
                    await states.ChangeOwnedAsync(image.Id, image.Version, done =>
                    {
                        var progress = new ImportProgress(done);
                        progress.RemoveFrom(ImportProperties.ImportingToStores, []);
                        progress.RemoveFrom(ImportProperties.FailedImport, []);
                    }, ct);
                    return;
                }
            }
            else if (targets.FirstOrDefault(existing.Contains) is { } present)
            {
                throw new BadRequestException($"Image is already present at store '{present}'");
            }
        }

        if (request.Method == ImportOptions.WebDownload && !uriFilter.Allows(request.Uri))
        {
            throw new BadRequestException($"URI for web-download does not pass filtering: {request.Uri}");
        }

        // Glance checks these when the task starts; here they answer the request itself with the 413.
        if (request.Method == ImportOptions.GlanceDirect)
        {
            await quotas.EnforceImageSizeTotalAsync(project, image.Size, ct);
        }
        else
        {
            await quotas.EnforceImageStageTotalAsync(project, image.Size, ct);
            await quotas.EnforceImageCountUploadingAsync(project, ct);
        }

        var caller = policy.Caller;
        var task = tasks.NewTask(image.Id, caller.ProjectId ?? image.Owner ?? "", caller.UserId, requestId, new JsonObject
        {
            ["image_id"] = image.Id,
            ["import_req"] = request.Body.DeepClone(),
            ["backend"] = new JsonArray([.. targets.Select(id => JsonValue.Create(id))]),
        });
        await states.ChangeOwnedAsync(image.Id, image.Version, locked =>
        {
            if (request.Method != ImportOptions.CopyImage)
            {
                ImageStatusTransitions.Ensure(locked.Status, ImageStatus.Importing);
                locked.Status = ImageStatus.Importing;
            }

            var progress = new ImportProgress(locked);
            progress.Set(ImportProperties.ImportTask, task.Id);
            progress.AddTo(ImportProperties.ImportingToStores, targets);
            progress.RemoveFrom(ImportProperties.FailedImport, targets);
            progress.Remove(ImportProperties.StageHost);
        }, ct);
        await tasks.AddAsync(task, ct);

        var address = request.Method == ImportOptions.GlanceDirect
            ? BusAddress.ForServer(ImportTopics.Topic, ImportTopics.ThisHost)
            : BusAddress.ForTopic(ImportTopics.Topic);
        await bus.CastAsync(address, new ImportImageCommand(task.Id), ct);
    }

    private static void EnsureImportable(ImageRecord image, string method)
    {
        var message = (image.Status, method) switch
        {
            (ImageStatus.Active, not ImportOptions.CopyImage) => "Image with status active cannot be target for import",
            (not ImageStatus.Active, ImportOptions.CopyImage) => "Only images with status active can be targeted for copying",
            (not ImageStatus.Queued, ImportOptions.WebDownload) => $"Image needs to be in 'queued' state to use '{method}' method",
            (not ImageStatus.Uploading, ImportOptions.GlanceDirect) => "Image needs to be staged before 'glance-direct' method can be used",
            _ when string.IsNullOrEmpty(image.ContainerFormat) => "'container_format' needs to be set before import",
            _ when string.IsNullOrEmpty(image.DiskFormat) => "'disk_format' needs to be set before import",
            _ => null,
        };
        if (message is not null)
        {
            throw new ConflictException(message);
        }
    }

    // glance/common/utils.py get_stores_from_request; an unknown store is a 409 here, as Glance turns UnknownScheme into Conflict.
    private List<string> TargetStores(ImportRequest request, string? storeHeader)
    {
        List<string> targets;
        if (request.AllStores)
        {
            if (request.Stores is not null || storeHeader is not null)
            {
                throw new BadRequestException("All_stores parameter can't be used with x-image-meta-store header or stores parameter");
            }

            targets = [.. stores.All.Select(store => store.Id)];
        }
        else if (request.Stores is not null)
        {
            if (storeHeader is not null)
            {
                throw new BadRequestException("Stores parameter and x-image-meta-store header can't be both specified");
            }

            targets = [.. request.Stores];
        }
        else
        {
            targets = [storeHeader ?? stores.Default.Id];
        }

        foreach (var id in targets.Where(id => !stores.TryGet(id, out _)))
        {
            throw new ConflictException(ImageStoreCatalog.UnknownStore(id).Message);
        }

        return targets;
    }
}
