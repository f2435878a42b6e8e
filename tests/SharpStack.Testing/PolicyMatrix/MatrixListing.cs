namespace SharpStack.Testing.PolicyMatrix;

/// <summary>What a cell expects of the target in the answer's text, beyond the status.</summary>
public enum MatrixListing
{
    /// <summary>Nothing: only the status counts.</summary>
    Any,

    /// <summary>The target's id is in the answer (written <c>200+</c>): the caller learns of it.</summary>
    Contains,

    /// <summary>The target's id is not in the answer (written <c>200-</c>): the caller does not learn of it.</summary>
    Absent,
}
