using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Identity.Persistence;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>An Identity whose database commands a test can make fail with <see cref="Fault"/>.</summary>
public sealed class FailingWritesCloud : IdentityCloud
{
    /// <summary>The SQL (unquoted) that starts each revocation event's insert.</summary>
    public const string RevocationInsert = "INSERT INTO revocation_event";

    internal CommandFault Fault { get; } = new();

    protected override bool HasPersonas => false;

    /// <summary>The revocation events stored so far.</summary>
    public Task<int> RevocationCountAsync() => WithDbAsync(db => db.RevocationEvents.CountAsync());

    /// <summary>
    /// Sends the request as the admin with the <paramref name="skip"/>+1-th command containing <paramref name="sql"/>
    /// failing, and checks that the command ran and the answer is a 500.
    /// </summary>
    public async Task FailAsync(HttpMethod method, string path, string? json = null, int skip = 0, string sql = RevocationInsert)
    {
        Fault.Arm(sql, skip);
        try
        {
            var (status, _, response) = await this.SendAsync(method, path, json);
            response.Dispose();
            Assert.False(Fault.Armed, $"{method} {path} never ran the command that was to fail.");
            Assert.Equal(HttpStatusCode.InternalServerError, status);
        }
        finally
        {
            Fault.Disarm();
        }
    }

    protected override void ReplaceServices(IServiceCollection services)
    {
        services.ConfigureDbContext<SqliteIdentityDbContext>(options => options.AddInterceptors(Fault));
        services.ConfigureDbContext<PostgresIdentityDbContext>(options => options.AddInterceptors(Fault));
    }
}
