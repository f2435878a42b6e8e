using System.Text.Json.Nodes;
using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application.Receipts;

/// <summary>
/// The methods used satisfy none of the user's multi-factor rules: Keystone answers 401 with a receipt for the methods
/// that passed (header <c>Openstack-Auth-Receipt</c>) and the rules still open (<see cref="Body"/>), not a fault body.
/// </summary>
#pragma warning disable CA1032 // Only thrown with a receipt; the parameterless forms would have nothing to answer with.
internal sealed class AuthReceiptRequiredException(AuthReceipt receipt, JsonObject body)
#pragma warning restore CA1032
    : OpenStackException(401, $"Insufficient auth methods received for {receipt.UserId}. Auth Methods Provided: [{string.Join(',', receipt.Methods)}].")
{
    public const string HeaderName = "Openstack-Auth-Receipt";

    public AuthReceipt Receipt { get; } = receipt;

    public JsonObject Body { get; } = body;
}
