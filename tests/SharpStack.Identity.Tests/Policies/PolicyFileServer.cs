namespace SharpStack.Identity.Tests.Policies;

/// <summary>Identity with a policy file that forbids listing regions to everyone.</summary>
public sealed class PolicyFileServer : IdentityApiServer
{
    private readonly string _policyFile = Path.Combine(Path.GetTempPath(), $"sharpstack-policy-{Guid.NewGuid():N}.yaml");

    public PolicyFileServer() =>
        File.WriteAllText(_policyFile, "# regions are nobody's business here\n\"identity:list_regions\": \"!\"\n");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_policyFile);
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        [.. base.Settings(), new("oslo_policy:policy_file", _policyFile)];
}
