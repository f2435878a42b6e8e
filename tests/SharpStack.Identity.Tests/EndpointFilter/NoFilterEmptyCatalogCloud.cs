using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.EndpointFilter;

/// <summary>Identity with <c>[endpoint_filter] return_all_endpoints_if_no_filter = false</c>.</summary>
public sealed class NoFilterEmptyCatalogCloud : IdentityCloud
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("endpoint_filter:return_all_endpoints_if_no_filter", "false")];

    protected override bool HasPersonas => false;
}
