namespace SharpStack.Identity.Application;

/// <summary>
/// A user a service authenticates as, granted <paramref name="Roles"/> (admin and service when null) on the
/// <c>service</c> project; a null password is generated and returned once, on creation.
/// </summary>
public sealed record ServiceUser(string Name, string? Password = null, IReadOnlyList<string>? Roles = null)
{
    /// <summary>The project every service user belongs to.</summary>
    public const string ProjectName = "service";
}
