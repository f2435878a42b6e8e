namespace SharpStack.Image.Tests.Images;

/// <summary>The API server with an <c>[oslo_policy] policy_file</c> that makes listing images admin-only and lets readers create.</summary>
public sealed class PolicyFileServer : ImageApiServer
{
    private string PolicyFile => Path.Combine(DataDirectory.FullName, "policy.yaml");

    protected override IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        File.WriteAllText(PolicyFile, """
            "get_images": "role:admin"
            "add_image": "role:reader and project_id:%(owner)s"
            "identity:list_users": "role:admin"
            """);
        return [.. base.Settings(), new("oslo_policy:policy_file", PolicyFile)];
    }
}
