using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Lists;

/// <summary>Identity with only the deprecated <c>[assignment] list_limit = 1</c>, which Keystone reads for <c>[resource]</c>.</summary>
public sealed class AssignmentListLimitCloud : IdentityCloud
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("assignment:list_limit", "1")];

    protected override bool HasPersonas => false;
}
