using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Policies;

/// <summary>Identity with a policy file that forbids listing regions to everyone.</summary>
public sealed class PolicyFileCloud : IdentityCloud
{
    private readonly string _policyFile = Path.Combine(Path.GetTempPath(), $"sharpstack-policy-{Guid.NewGuid():N}.yaml");

    public PolicyFileCloud() =>
        File.WriteAllText(_policyFile, "# regions are nobody's business here\n\"identity:list_regions\": \"!\"\n");

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("oslo_policy:policy_file", _policyFile)];

    protected override bool HasPersonas => false;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_policyFile);
    }
}
