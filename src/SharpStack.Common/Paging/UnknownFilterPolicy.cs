namespace SharpStack.Common.Paging;

/// <summary>What a list endpoint does with a query parameter it does not know.</summary>
public enum UnknownFilterPolicy
{
    /// <summary>Drop it silently, as Nova does for non-admin servers filters and Neutron for most fields.</summary>
    Ignore,

    /// <summary>Answer 400, as Glance and Keystone do for unsupported filters.</summary>
    Reject,
}
