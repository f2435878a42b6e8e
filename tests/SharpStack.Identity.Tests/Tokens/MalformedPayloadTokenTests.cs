using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Application.Tokens.Fernet;
using SharpStack.Identity.Tests.Auth;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Tokens;

// Tokens sealed with Identity's own primary key, so only the payload inside is wrong.
public sealed class MalformedPayloadTokenTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    public static TheoryData<string> Damages => ["none", "truncated", "trailing byte", "extra element", "user id as text flagged bytes", "unknown version"];

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task Validate_TokenWithDamagedPayload_Is404AndUsingItIs401(string damage)
    {
        var token = Seal(Damage(AdminPayload(), damage));

        var validation = await server.ValidateAsync(token);
        using var use = await server.Client.SendAsync(
            new HttpRequestMessage(HttpMethod.Get, new Uri("/v3/auth/projects", UriKind.Relative)).WithToken(token));

        var valid = damage == "none";
        Assert.Equal(valid ? HttpStatusCode.OK : HttpStatusCode.NotFound, validation);
        Assert.Equal(valid ? HttpStatusCode.OK : HttpStatusCode.Unauthorized, use.StatusCode);
    }

    private byte[] AdminPayload() => TokenPayloadCodec.Encode(new TokenPayload
    {
        UserId = server.AdminUserId,
        Methods = ["password"],
        ProjectId = server.AdminProjectId,
        ExpiresAt = server.Clock.GetUtcNow().AddHours(1),
        AuditIds = [TokenPayloadCodec.NewAuditId()],
    });

    private static byte[] Damage(byte[] payload, string damage) => damage switch
    {
        "none" => payload,
        "truncated" => payload[..^1],
        "trailing byte" => [.. payload, 0xc0],
        "extra element" => [(byte)(payload[0] + 1), .. payload[1..], 0xc0],
        "user id as text flagged bytes" => [payload[0], payload[1], 0x92, 0xc3, 0xa1, (byte)'x', .. payload[22..]],
        _ => [payload[0], 0x04, .. payload[2..]],
    };

    private string Seal(byte[] payload) =>
        FernetToken.Encrypt(server.Services.GetRequiredService<FernetKeyRepository>().Keys[0], payload, server.Clock.GetUtcNow());
}
