using SharpStack.Composition;

namespace SharpStack.Tests.Composition;

public sealed class DataDirectoryLockTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sharpstack-lock");

    [Fact]
    public void Acquire_FolderAlreadyLocked_ThrowsOperatorErrorNamingTheHolder()
    {
        using var first = DataDirectoryLock.Acquire(_folder);

        var error = Assert.Throws<OperatorException>(() => DataDirectoryLock.Acquire(_folder));

        Assert.Contains("already in use", error.Message, StringComparison.Ordinal);
        Assert.Contains(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_AfterRelease_Succeeds()
    {
        DataDirectoryLock.Acquire(_folder).Dispose();

        using var again = DataDirectoryLock.Acquire(_folder);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
