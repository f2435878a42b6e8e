using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Receipts;
using SharpStack.Identity.Application.SecurityCompliance;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Auth;

/// <summary>
/// Multi-factor rules at token issue (keystone/api/_shared/authentication.py): the methods of a receipt given in
/// <c>Openstack-Auth-Receipt</c> count with the request's own; when no rule is satisfied, a 401 with a new receipt.
/// </summary>
internal sealed class ReceiptsCheck(IdentityDbContext db, MultiFactorRules rules, ReceiptProvider receipts)
{
    /// <summary>The receipt sent by the client, for this user; 401 "Could not find auth receipt" otherwise.</summary>
    public AuthReceipt? Read(string? receiptId, string userId)
    {
        if (string.IsNullOrEmpty(receiptId))
        {
            return null;
        }

        var receipt = receipts.Validate(receiptId);
        return receipt is not null && receipt.UserId == userId
            ? receipt
            : throw new UnauthorizedException($"Could not find auth receipt: {receiptId}.");
    }

    /// <summary>Throws <see cref="AuthReceiptRequiredException"/> when <paramref name="methods"/> satisfy none of the user's rules.</summary>
    public async Task EnforceAsync(string userId, IReadOnlyList<string> methods, IReadOnlySet<string> loaded, CancellationToken cancellationToken)
    {
        var required = await rules.CheckAsync(userId, methods.ToHashSet(StringComparer.Ordinal), loaded, cancellationToken);
        if (required is null)
        {
            return;
        }

        var user = await (
                from u in db.Users.AsNoTracking()
                join d in db.Domains.AsNoTracking() on u.DomainId equals d.Id
                where u.Id == userId
                select new { u.Name, DomainId = d.Id, DomainName = d.Name })
            .FirstAsync(cancellationToken);
        var receipt = receipts.Issue(userId, methods);
        throw new AuthReceiptRequiredException(receipt, ReceiptResponse.Body(receipt, user.Name, user.DomainId, user.DomainName, required));
    }
}
