using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Identity.Application;

/// <summary>How passwords and application credential secrets are hashed, from the <c>[identity]</c> section (keystone.conf's names).</summary>
public sealed class PasswordHashOptions
{
    public const string SectionName = "identity";

    [ConfigurationKeyName("password_hash_rounds")]
    [Description("bcrypt cost (log2 of the rounds, 4 to 31) of newly set passwords; existing hashes keep theirs. Lower is faster and weaker.")]
    public int PasswordHashRounds { get; set; } = PasswordHasher.WorkFactor;
}
