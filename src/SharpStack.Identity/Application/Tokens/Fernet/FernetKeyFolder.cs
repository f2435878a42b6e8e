using System.Globalization;

namespace SharpStack.Identity.Application.Tokens.Fernet;

/// <summary>File operations on a key folder, shared by the service and <c>sharpstack identity fernet-rotate</c>.</summary>
internal static class FernetKeyFolder
{
    private const UnixFileMode KeyMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static bool HasKeys(string location) => Directory.Exists(location) && KeyFiles(location).Count > 0;

    /// <summary>keystone-manage fernet_setup: a staged key 0, then one rotation so that key 1 is the primary.</summary>
    public static void Initialize(string location)
    {
        CreateFolder(location);
        if (KeyFiles(location).Count == 0)
        {
            CreateStagedKey(location);
            Rotate(location, maxActiveKeys: 3);
        }
    }

    /// <summary>keystone-manage fernet_rotate: the staged key becomes the primary, a new staged key, keys beyond the limit removed.</summary>
    /// <returns>The key numbers afterwards, and the numbers removed.</returns>
    public static (IReadOnlyList<int> Keys, IReadOnlyList<int> Removed) Rotate(string location, int maxActiveKeys)
    {
        if (maxActiveKeys < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxActiveKeys), maxActiveKeys, "max_active_keys must be at least 1.");
        }

        CreateFolder(location);
        var files = KeyFiles(location);
        if (!files.ContainsKey(0))
        {
            CreateStagedKey(location);
            files = KeyFiles(location);
        }

        var newPrimary = files.Keys.Max() + 1;
        File.Move(files[0], Path.Combine(location, newPrimary.ToString(CultureInfo.InvariantCulture)));
        files.Remove(0);
        files[newPrimary] = Path.Combine(location, newPrimary.ToString(CultureInfo.InvariantCulture));
        CreateStagedKey(location);

        // As Keystone: the new staged key is not counted among the max_active_keys - 1 kept here.
        var removed = new List<int>();
        var kept = files.Keys.OrderByDescending(key => key).ToList();
        while (kept.Count > maxActiveKeys - 1)
        {
            var oldest = kept[^1];
            kept.RemoveAt(kept.Count - 1);
            File.Delete(files[oldest]);
            removed.Add(oldest);
        }

        return ([0, .. kept.OrderBy(key => key)], removed);
    }

    public static IReadOnlyList<FernetKey> Load(string location)
    {
        var files = KeyFiles(location);
        return [.. files.OrderByDescending(file => file.Key).Select(file => FernetKey.Parse(File.ReadAllText(file.Value)))];
    }

    public static Dictionary<int, string> KeyFiles(string location)
    {
        var files = new Dictionary<int, string>();
        if (!Directory.Exists(location))
        {
            return files;
        }

        foreach (var path in Directory.EnumerateFiles(location))
        {
            if (int.TryParse(Path.GetFileName(path), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                files[number] = path;
            }
        }

        return files;
    }

    private static void CreateFolder(string location)
    {
        if (Directory.Exists(location))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(location);
        }
        else
        {
            Directory.CreateDirectory(location, FolderMode);
        }
    }

    // Written to a temporary file first so that no reader ever sees a half-written key 0.
    private static void CreateStagedKey(string location)
    {
        var temporary = Path.Combine(location, $"0.tmp-{Guid.NewGuid():N}");
        var stream = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            stream.UnixCreateMode = KeyMode;
        }

        using (var writer = new StreamWriter(temporary, System.Text.Encoding.ASCII, stream))
        {
            writer.Write(FernetKey.Generate());
        }

        File.Move(temporary, Path.Combine(location, "0"), overwrite: true);
    }
}
