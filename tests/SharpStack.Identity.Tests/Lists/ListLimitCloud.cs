using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Lists;

/// <summary>Identity with <c>[DEFAULT] list_limit = 2</c>, overridden by <c>[identity]</c> (3) and <c>[catalog]</c> (1).</summary>
public sealed class ListLimitCloud : IdentityCloud
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("DEFAULT:list_limit", "2"),
        new("identity:list_limit", "3"),
        new("catalog:list_limit", "1"),
    ];

    protected override bool HasPersonas => false;
}
