using System.Runtime.InteropServices;

namespace SharpStack.Image.Application.Stores;

/// <summary>fsync on a folder, so a rename inside it survives a power loss (.NET has no API for it).</summary>
internal static partial class DirectorySync
{
    private const int ReadOnlyDirectory = 0x10000; // O_RDONLY | O_DIRECTORY on Linux

    public static void Flush(string directory)
    {
        var descriptor = Open(directory, ReadOnlyDirectory);
        if (descriptor < 0)
        {
            return;
        }

        try
        {
            _ = Fsync(descriptor);
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync")]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
