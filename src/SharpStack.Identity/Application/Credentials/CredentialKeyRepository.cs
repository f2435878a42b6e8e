using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SharpStack.Data;

namespace SharpStack.Identity.Application.Credentials;

/// <summary>
/// The keys that encrypt credential blobs: files named 0, 1, ... holding base64 of 32 random bytes, the highest
/// number being the primary (as Keystone's credential key repository). Key 0 is created, mode 0600, on first use.
/// </summary>
internal sealed class CredentialKeyRepository(IOptions<CredentialOptions> options, IOptions<DatabaseOptions> database)
{
    private readonly Lock _lock = new();
    private IReadOnlyList<CredentialKey>? _keys;

    /// <summary>The keys, primary first.</summary>
    public IReadOnlyList<CredentialKey> Keys
    {
        get
        {
            lock (_lock)
            {
                return _keys ??= Load();
            }
        }
    }

    public string Directory => options.Value.KeyRepository.Length > 0
        ? Path.GetFullPath(options.Value.KeyRepository)
        : Path.Combine(DataDirectory(), "credential-keys");

    private string DataDirectory() => database.Value.DataDirectory.Length > 0
        ? Path.GetFullPath(database.Value.DataDirectory)
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "sharpstack");

    private List<CredentialKey> Load()
    {
        var directory = Directory;
        if (!System.IO.Directory.Exists(directory))
        {
            if (OperatingSystem.IsWindows())
            {
                System.IO.Directory.CreateDirectory(directory);
            }
            else
            {
                System.IO.Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var keys = ReadKeys(directory);
        if (keys.Count == 0)
        {
            CreateFirstKey(Path.Combine(directory, "0"));
            keys = ReadKeys(directory);
        }

        return keys;
    }

    private static List<CredentialKey> ReadKeys(string directory) =>
    [
        .. System.IO.Directory.EnumerateFiles(directory)
            .Select(path => (Path: path, Number: int.TryParse(Path.GetFileName(path), out var n) ? n : -1))
            .Where(file => file.Number >= 0)
            .OrderByDescending(file => file.Number)
            .Select(file => CredentialKey.FromFileText(File.ReadAllText(file.Path).Trim())),
    ];

    private static void CreateFirstKey(string path)
    {
        var text = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var stream = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            stream.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var file = new FileStream(path, stream);
            file.Write(Encoding.ASCII.GetBytes(text));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another Identity process sharing the folder created it first; its key is the one to use.
        }
    }
}
