using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Identity.Application.Tokens;

/// <summary>Token lifetimes, from the <c>[token]</c> section (keystone.conf's names and defaults).</summary>
public sealed class TokenOptions
{
    public const string SectionName = "token";

    [ConfigurationKeyName("expiration")]
    [Description("Seconds a token is valid after it is issued.")]
    public int Expiration { get; set; } = 3600;

    [ConfigurationKeyName("allow_expired_window")]
    [Description("Seconds after expiry during which a service may still validate a token with ?allow_expired=1.")]
    public int AllowExpiredWindow { get; set; } = 172800;

    [ConfigurationKeyName("caching")]
    [Description("Keep validated tokens in memory until the next Identity write (in this process), their expiry, or cache_time seconds.")]
    public bool Caching { get; set; } = true;

    [ConfigurationKeyName("cache_time")]
    [Description("Seconds a validated token is kept at most: the bound for changes made by another Identity process that write no revocation event.")]
    public int CacheTime { get; set; } = 30;
}
