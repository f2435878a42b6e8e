using SharpStack.Common.Auth;
using SharpStack.Hosting.Auth;

namespace SharpStack.Identity.Tests.Assignments;

/// <summary>Validates the fixed tokens of <see cref="AssignmentsApiServer"/>'s personas.</summary>
internal sealed class AssignmentsTokenValidator : ITokenValidator
{
    private readonly Dictionary<string, AuthContext> _tokens = new(StringComparer.Ordinal);

    public void Add(AuthContext auth) => _tokens[auth.Token] = auth;

    public Task<AuthContext?> ValidateAsync(string token, CancellationToken cancellationToken) =>
        Task.FromResult(_tokens.GetValueOrDefault(token));
}
