using SharpStack.Testing.Identity;

namespace SharpStack.Identity.Tests.Support;

/// <summary>Ids the tests look up through the REST API as the admin.</summary>
public static class AdminLookups
{
    /// <summary>The id of the single resource that <c>GET <paramref name="path"/></c> lists in <paramref name="collection"/>.</summary>
    public static async Task<string> SingleIdAsync(this IdentityAdminClient admin, string path, string collection)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var listed = await admin.SendAsync(HttpMethod.Get, path);
        return listed![collection]!.AsArray().Single()!["id"]!.GetValue<string>();
    }
}
