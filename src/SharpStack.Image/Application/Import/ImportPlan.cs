using System.Text.Json.Nodes;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Import;

/// <summary>What a task's input asks for: the method, its URI, the target stores and whether all must succeed.</summary>
internal sealed record ImportPlan(string Method, string? Uri, IReadOnlyList<string> Stores, bool AllStoresMustSucceed)
{
    public static ImportPlan From(ImageTask task)
    {
        var request = task.Input["import_req"] as JsonObject;
        var method = request?["method"] as JsonObject;
        return new ImportPlan(
            method?["name"]?.GetValue<string>() ?? "",
            method?["uri"]?.GetValue<string>(),
            [.. (task.Input["backend"] as JsonArray ?? []).Select(store => store!.GetValue<string>())],
            request?["all_stores_must_succeed"]?.GetValue<bool>() ?? true);
    }
}
