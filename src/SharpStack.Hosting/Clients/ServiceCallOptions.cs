using SharpStack.Common.Auth;

namespace SharpStack.Hosting.Clients;

/// <summary>
/// Per-call choices of a service call: whose behalf it is made on (the service itself, or a user whose token is sent with the
/// service token as <c>X-Service-Token</c>), and overrides of the target's microversion and timeout.
/// </summary>
public sealed record ServiceCallOptions
{
    /// <summary>A call by the service itself: its own token is the <c>X-Auth-Token</c>.</summary>
    public static ServiceCallOptions AsService { get; } = new();

    /// <summary>The user's token as <c>X-Auth-Token</c>; the service token goes along as <c>X-Service-Token</c>.</summary>
    public string? UserToken { get; init; }

    /// <summary>The project the call acts for, put into endpoint URLs that carry one; defaults to the service user's project.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The microversion for this call instead of the registration's, e.g. <c>2.61</c>.</summary>
    public string? Microversion { get; init; }

    /// <summary>How long each attempt may take instead of the section's <c>timeout</c>.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Return once the headers arrive and leave the body on the wire (image downloads); the timeout then covers only the headers.</summary>
    public bool StreamResponse { get; init; }

    /// <summary>Extra request headers, e.g. Identity's <c>X-Subject-Token</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>A call on behalf of the validated caller of the current request.</summary>
    public static ServiceCallOptions AsUser(AuthContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return AsUser(user.Token, user.ProjectId);
    }

    /// <summary>A call on behalf of the user whose token this is (e.g. the <c>AuthToken</c> of a bus message's context).</summary>
    public static ServiceCallOptions AsUser(string userToken, string? projectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userToken);
        return new ServiceCallOptions { UserToken = userToken, ProjectId = projectId };
    }
}
