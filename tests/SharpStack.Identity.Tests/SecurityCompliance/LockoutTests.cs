using System.Net;
using System.Text.Json.Nodes;

namespace SharpStack.Identity.Tests.SecurityCompliance;

public sealed class LockoutTests(LockoutCloud server) : IClassFixture<LockoutCloud>
{
    private const string Wrong = "wrong-password";

    [Fact]
    public async Task PasswordAuth_AfterFailureAttempts_LockedWithKeystoneMessage()
    {
        var id = await server.CreateUserAsync("locked-out");

        var (first, firstBody) = await server.PasswordAuthAsync("locked-out", Wrong);
        var (second, _) = await server.PasswordAuthAsync("locked-out", Wrong);
        var (right, body) = await server.PasswordAuthAsync("locked-out", ComplianceCloud.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, first);
        Assert.Equal("The request you have made requires authentication.", firstBody.ErrorMessage());
        Assert.Equal(HttpStatusCode.Unauthorized, second);
        Assert.Equal(HttpStatusCode.Unauthorized, right);
        Assert.Equal($"The account is locked for user: {id}.", body.ErrorMessage());
    }

    [Fact]
    public async Task PasswordAuth_AfterLockoutDuration_Unlocked()
    {
        await server.CreateUserAsync("unlocked-later");
        await server.PasswordAuthAsync("unlocked-later", Wrong);
        await server.PasswordAuthAsync("unlocked-later", Wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.PasswordAuthAsync("unlocked-later", ComplianceCloud.Password)).Status);

        server.Clock.Advance(TimeSpan.FromSeconds(LockoutCloud.DurationSeconds + 1));

        Assert.Equal(HttpStatusCode.Created, (await server.PasswordAuthAsync("unlocked-later", ComplianceCloud.Password)).Status);
    }

    [Fact]
    public async Task PasswordAuth_SuccessInBetween_ResetsTheCount()
    {
        await server.CreateUserAsync("resets-count");

        await server.PasswordAuthAsync("resets-count", Wrong);
        Assert.Equal(HttpStatusCode.Created, (await server.PasswordAuthAsync("resets-count", ComplianceCloud.Password)).Status);
        await server.PasswordAuthAsync("resets-count", Wrong);

        Assert.Equal(HttpStatusCode.Created, (await server.PasswordAuthAsync("resets-count", ComplianceCloud.Password)).Status);
    }

    [Fact]
    public async Task PasswordAuth_IgnoreLockoutFailureAttempts_NeverLocked()
    {
        await server.CreateUserAsync("never-locked", options: new JsonObject { ["ignore_lockout_failure_attempts"] = true });

        for (var i = 0; i < LockoutCloud.Attempts + 2; i++)
        {
            await server.PasswordAuthAsync("never-locked", Wrong);
        }

        Assert.Equal(HttpStatusCode.Created, (await server.PasswordAuthAsync("never-locked", ComplianceCloud.Password)).Status);
    }

    [Fact]
    public async Task ChangePassword_LockedAccount_LockedWithKeystoneMessage()
    {
        var id = await server.CreateUserAsync("locked-change");
        await server.PasswordAuthAsync("locked-change", Wrong);
        await server.ChangePasswordAsync(id, Wrong, "an0ther-pass");

        var (status, body) = await server.ChangePasswordAsync(id, ComplianceCloud.Password, "an0ther-pass");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal($"The account is locked for user: {id}.", body.ErrorMessage());
    }
}
