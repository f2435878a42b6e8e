namespace SharpStack.Identity.Application;

/// <summary>A user a service authenticates as; a null password is generated and returned once, on creation.</summary>
public sealed record ServiceUser(string Name, string? Password = null)
{
    /// <summary>The project every service user belongs to.</summary>
    public const string ProjectName = "service";
}
