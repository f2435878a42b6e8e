namespace SharpStack.Composition;

/// <summary>
/// Holds an exclusive lock on a data folder for the life of the process, so a second <c>up</c> on the same
/// folder fails with a clear message instead of sharing (and corrupting) its databases.
/// </summary>
internal sealed class DataDirectoryLock : IDisposable
{
    private const string LockFileName = "sharpstack.lock";
    private const string PidFileName = "sharpstack.pid";

    private readonly FileStream _lockFile;
    private readonly string _pidPath;

    private DataDirectoryLock(FileStream lockFile, string pidPath)
    {
        _lockFile = lockFile;
        _pidPath = pidPath;
    }

    public static DataDirectoryLock Acquire(DirectoryInfo dataDirectory)
    {
        dataDirectory.Create();
        var lockPath = Path.Combine(dataDirectory.FullName, LockFileName);
        var pidPath = Path.Combine(dataDirectory.FullName, PidFileName);
        FileStream lockFile;
        try
        {
            // FileShare.None takes an exclusive advisory lock (flock) on Linux, released when the process dies.
            lockFile = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            var owner = File.Exists(pidPath) ? $" (process {File.ReadAllText(pidPath).Trim()})" : "";
            throw new OperatorException(
                $"The data folder {dataDirectory.FullName} is already in use by another SharpStack{owner}; stop that one first or choose another --data-dir.");
        }

        File.WriteAllText(pidPath, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new DataDirectoryLock(lockFile, pidPath);
    }

    public void Dispose()
    {
        File.Delete(_pidPath);
        _lockFile.Dispose();
    }
}
