namespace SharpStack.Identity.Application.Tokens;

/// <summary>The trust of a trust-scoped token, as its <c>OS-TRUST:trust</c> shows it.</summary>
internal sealed record TokenTrust(string Id, bool Impersonation, string TrustorUserId, string TrusteeUserId);
