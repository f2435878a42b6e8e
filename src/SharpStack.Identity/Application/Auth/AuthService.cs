using System.Text.Json;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Receipts;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Application.Trusts;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Auth;

/// <summary><c>POST /v3/auth/tokens</c>: runs every requested method, resolves the scope and issues the token.</summary>
internal sealed class AuthService(
    IEnumerable<IAuthMethod> methods,
    ScopeResolver scopes,
    TokenService tokens,
    TrustTokenScope trusts,
    ReceiptsCheck receipts,
    IdentityDbContext db,
    TimeProvider time)
{
    private readonly Dictionary<string, IAuthMethod> _methods = methods.ToDictionary(method => method.Name, StringComparer.Ordinal);

    /// <param name="receiptId">The <c>Openstack-Auth-Receipt</c> header: methods already passed towards a multi-factor rule.</param>
    public async Task<TokenData> AuthenticateAsync(JsonElement body, string? receiptId, CancellationToken cancellationToken)
    {
        var request = AuthRequestReader.Read(body);
        var results = new List<AuthMethodResult>(request.Methods.Count);
        foreach (var name in request.Methods)
        {
            if (!_methods.TryGetValue(name, out var method))
            {
                throw new UnauthorizedException("Attempted to authenticate with an unsupported method.");
            }

            results.Add(await method.AuthenticateAsync(
                new AuthMethodContext(request.Identity.GetProperty(name), $"identity/{name}", request), cancellationToken));
        }

        // As Keystone, no method that ran means no user: "User not found by auth plugin".
        var userId = results.Count > 0 ? results[0].UserId : throw AuthErrors.Unauthorized();
        if (results.Any(result => result.UserId != userId))
        {
            throw AuthErrors.Unauthorized();
        }

        var receipt = receipts.Read(receiptId, userId);
        List<string> methodNames = [.. request.Methods.Concat(results.SelectMany(result => result.ExtraMethods)).Concat(receipt?.Methods ?? []).Distinct(StringComparer.Ordinal)];
        try
        {
            await receipts.EnforceAsync(userId, methodNames, _methods.Keys.ToHashSet(StringComparer.Ordinal), cancellationToken);
        }
        catch (AuthReceiptRequiredException)
        {
            // The methods that passed were a success (Keystone answers with a receipt for them): their bookkeeping stays.
            await db.SaveChangesAsync(cancellationToken);
            throw;
        }

        var scope = await scopes.ResolveAsync(userId, request.Scope, results, cancellationToken);
        var now = time.GetUtcNow();
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds((now + tokens.Lifetime).ToUnixTimeSeconds());
        var trustExpiry = scope.TrustExpiresAt is { } trustExpires ? new DateTimeOffset(trustExpires, TimeSpan.Zero) : (DateTimeOffset?)null;
        foreach (var limit in results.Select(result => result.ExpiresAt).Append(trustExpiry).OfType<DateTimeOffset>())
        {
            expiresAt = limit < expiresAt ? limit : expiresAt;
        }

        var parentAuditId = results.Select(result => result.ParentAuditId).OfType<string>().FirstOrDefault();
        var payload = new TokenPayload
        {
            UserId = userId,
            Methods = methodNames,
            ProjectId = scope.ProjectId,
            DomainId = scope.DomainId,
            System = scope.System,
            TrustId = scope.TrustId,
            ApplicationCredentialId = results.Select(result => result.ApplicationCredentialId).OfType<string>().FirstOrDefault(),
            ExpiresAt = expiresAt,
            AuditIds = parentAuditId is null ? [TokenPayloadCodec.NewAuditId()] : [TokenPayloadCodec.NewAuditId(), parentAuditId],
        };
        var token = await tokens.IssueAsync(payload, cancellationToken) ?? throw AuthErrors.Unauthorized();

        // One unit of work: the methods' bookkeeping (failure count reset, last active) is saved only with the trust's use,
        // so a refused use (no remaining uses) leaves nothing behind.
        await db.InTransactionAsync(async () =>
        {
            if (scope.TrustId is { } trustId)
            {
                await trusts.ConsumeUseAsync(trustId, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return token;
    }
}
