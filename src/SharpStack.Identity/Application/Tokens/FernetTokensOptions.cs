using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Identity.Application.Tokens;

/// <summary>The Fernet key repository, from the <c>[fernet_tokens]</c> section (keystone.conf's names).</summary>
public sealed class FernetTokensOptions
{
    public const string SectionName = "fernet_tokens";
    public const string DefaultFolderName = "fernet-keys";

    [ConfigurationKeyName("key_repository")]
    [Description("Folder of the Fernet keys (0 is the staged key, the highest number the primary). Empty means 'fernet-keys' in the data folder. Every Identity process of a cloud needs the same keys.")]
    public string KeyRepository { get; set; } = "";

    [ConfigurationKeyName("max_active_keys")]
    [Description("Keys kept by 'sharpstack identity fernet-rotate': the staged key, the primary and the secondary keys that still validate older tokens.")]
    public int MaxActiveKeys { get; set; } = 3;

    /// <summary>The repository folder: <see cref="KeyRepository"/>, or <c>fernet-keys</c> under <paramref name="dataDirectory"/>.</summary>
    public string ResolveRepository(string dataDirectory) =>
        Path.GetFullPath(KeyRepository.Length > 0 ? KeyRepository : Path.Combine(dataDirectory, DefaultFolderName));
}
