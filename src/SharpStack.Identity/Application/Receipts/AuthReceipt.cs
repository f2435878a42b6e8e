namespace SharpStack.Identity.Application.Receipts;

/// <summary>What an auth receipt proves: the user already passed <see cref="Methods"/>, until <see cref="ExpiresAt"/>.</summary>
internal sealed record AuthReceipt(string Id, string UserId, IReadOnlyList<string> Methods, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);
