namespace SharpStack.Robustness.Tests;

/// <summary>Who sends the hostile requests.</summary>
public enum Caller
{
    /// <summary>No token, against project A's resources.</summary>
    Anonymous,

    /// <summary>The member of project B, against project A's resources.</summary>
    OtherProject,

    /// <summary>The cloud admin, against resources of its own that the run may change.</summary>
    Admin,
}
