using System.Diagnostics;
using System.Globalization;

namespace SharpStack.Bench;

/// <summary>
/// The disk's own speed for the same amount of data in the same folder, with <c>dd</c>: a write of zeros with
/// <c>conv=fsync</c> (data on disk before dd exits) and a read to /dev/null after the page cache was dropped.
/// </summary>
internal static class DiskBaseline
{
    /// <summary>Flushes dirty pages and drops the page cache (needs root); false when the kernel refuses.</summary>
    public static bool DropCaches()
    {
        try
        {
            Run("sync");
            File.WriteAllText("/proc/sys/vm/drop_caches", "3");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static TimeSpan Write(string path, int mebibytes) =>
        Run("dd", "if=/dev/zero", $"of={path}", "bs=1M", $"count={mebibytes.ToString(CultureInfo.InvariantCulture)}", "conv=fsync", "status=none");

    public static TimeSpan Read(string path) => Run("dd", $"if={path}", "of=/dev/null", "bs=1M", "status=none");

    private static TimeSpan Run(string command, params string[] arguments)
    {
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(command, arguments);
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} exited with {process.ExitCode}.");
        }

        return watch.Elapsed;
    }
}
