using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Identity.Application.Credentials;

/// <summary>Settings of credential storage, from the <c>[credential]</c> section.</summary>
public sealed class CredentialOptions
{
    public const string SectionName = "credential";

    [ConfigurationKeyName("key_repository")]
    [Description("Folder of the keys that encrypt credential blobs at rest; empty means credential-keys/ in data_dir. Every Identity server of a cloud needs the same keys.")]
    public string KeyRepository { get; set; } = "";
}
