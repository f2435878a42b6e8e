using System.Net;
using System.Text.Json.Nodes;
using OtpNet;
using SharpStack.Identity.Application.SecurityCompliance;

namespace SharpStack.Identity.Tests.SecurityCompliance;

public sealed class TotpTests(TotpCloud server) : IClassFixture<TotpCloud>
{
    // RFC 4648 base32 of the RFC 6238 SHA-1 test secret "12345678901234567890".
    internal const string Secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Fact]
    public async Task TotpAuth_CurrentPasscode_IssuesTokenWithTotpMethod()
    {
        var id = await CreateTotpUserAsync("totp-current");

        var (status, body) = await TotpAuthAsync(id, Passcode(Windows(0)));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(["totp"], body!["token"]!["methods"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Fact]
    public async Task TotpAuth_PreviousWindowByDefault_IssuesToken()
    {
        var id = await CreateTotpUserAsync("totp-previous");

        Assert.Equal(HttpStatusCode.Created, (await TotpAuthAsync(id, Passcode(Windows(-1)))).Status);
    }

    [Fact]
    public async Task TotpAuth_TwoWindowsBackByDefault_Unauthorized()
    {
        var id = await CreateTotpUserAsync("totp-two-back");

        Assert.Equal(HttpStatusCode.Unauthorized, (await TotpAuthAsync(id, Passcode(Windows(-2)))).Status);
    }

    [Fact]
    public async Task TotpAuth_NextWindow_Unauthorized()
    {
        var id = await CreateTotpUserAsync("totp-next");

        Assert.Equal(HttpStatusCode.Unauthorized, (await TotpAuthAsync(id, Passcode(Windows(1)))).Status);
    }

    [Fact]
    public async Task TotpAuth_WrongPasscode_Unauthorized()
    {
        var id = await CreateTotpUserAsync("totp-wrong");

        var (status, body) = await TotpAuthAsync(id, Passcode(Windows(20)));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("The request you have made requires authentication.", body.ErrorMessage());
    }

    [Fact]
    public async Task TotpAuth_UnpaddedSecret_PaddedAsKeystoneDoes()
    {
        const string unpadded = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQ";
        var id = await CreateTotpUserAsync("totp-unpadded", unpadded);

        Assert.Equal(HttpStatusCode.Created, (await TotpAuthAsync(id, Passcode(Windows(0), unpadded))).Status);
    }

    // What Keystone's base64.b32decode (no casefold) or cryptography's 128-bit minimum key refuses matches no passcode:
    // lower case, a character outside the alphabet, a length no padding makes valid, padding inside, a 15-byte key.
    [Theory]
    [InlineData("gezdgnbvgy3tqojqgezdgnbvgy3tqojq")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQO")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVG=3TQOJQ")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBV")]
    [InlineData("not base32!")]
    public async Task TotpAuth_SecretKeystoneCannotDecode_UnauthorizedNotServerError(string blob)
    {
        var id = await CreateTotpUserAsync("totp-bad-" + Guid.NewGuid().ToString("N")[..8], blob);

        var (status, body) = await TotpAuthAsync(id, LenientPasscode(blob, Windows(0)));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("The request you have made requires authentication.", body.ErrorMessage());
    }

    [Fact]
    public async Task TotpAuth_WithoutPasscode_BadRequestNamingTheField()
    {
        var request = new JsonObject { ["user"] = new JsonObject { ["id"] = "whoever" } };

        var (status, body) = await server.SendAsync(HttpMethod.Post, "v3/auth/tokens", AuthBody(request), token: null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Invalid input for field 'identity/totp/user': 'passcode' is a required property", body.ErrorMessage());
    }

    [Fact]
    public async Task TotpAuth_UserWithoutTotpCredential_Unauthorized()
    {
        var id = await server.CreateUserAsync("no-totp");

        Assert.Equal(HttpStatusCode.Unauthorized, (await TotpAuthAsync(id, Passcode(Windows(0)))).Status);
    }

    /// <summary>The passcode of <paramref name="at"/> for <paramref name="secret"/>, computed apart from the server's check.</summary>
    internal static string Passcode(DateTimeOffset at, string secret = Secret) =>
        new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(at.UtcDateTime);

    internal static JsonObject TotpMethod(string userId, string passcode) =>
        new() { ["user"] = new JsonObject { ["id"] = userId, ["passcode"] = passcode } };

    internal static JsonObject AuthBody(JsonObject totp) => new()
    {
        ["auth"] = new JsonObject
        {
            ["identity"] = new JsonObject { ["methods"] = new JsonArray("totp"), ["totp"] = totp },
            ["scope"] = "unscoped",
        },
    };

    internal static async Task AddTotpCredentialAsync(ComplianceCloud server, string userId, string blob = Secret)
    {
        var credential = new JsonObject { ["credential"] = new JsonObject { ["type"] = "totp", ["user_id"] = userId, ["blob"] = blob } };
        Assert.Equal(HttpStatusCode.Created, (await server.SendAsync(HttpMethod.Post, "v3/credentials", credential, await server.AdminAsync())).Status);
    }

    internal static async Task<string> CreateTotpUserAsync(ComplianceCloud server, string name, string blob = Secret)
    {
        var id = await server.CreateUserAsync(name);
        await AddTotpCredentialAsync(server, id, blob);
        return id;
    }

    internal static Task<(HttpStatusCode Status, JsonNode? Body)> TotpAuthAsync(ComplianceCloud server, string userId, string passcode) =>
        server.SendAsync(HttpMethod.Post, "v3/auth/tokens", AuthBody(TotpMethod(userId, passcode)), token: null);

    // The passcode of a decoder that forgives case and length (Otp.NET's), where it can read the blob at all.
    private static string LenientPasscode(string blob, DateTimeOffset at)
    {
        try
        {
            return new Totp(Base32Encoding.ToBytes(blob)).ComputeTotp(at.UtcDateTime);
        }
        catch (ArgumentException)
        {
            return Passcode(at);
        }
    }

    private DateTimeOffset Windows(int count) => server.Clock.GetUtcNow().AddSeconds(count * TotpVerifier.StepSeconds);

    private Task<string> CreateTotpUserAsync(string name, string blob = Secret) => CreateTotpUserAsync(server, name, blob);

    private Task<(HttpStatusCode Status, JsonNode? Body)> TotpAuthAsync(string userId, string passcode) => TotpAuthAsync(server, userId, passcode);
}
