namespace SharpStack.Testing;

/// <summary>The folder of this checkout, found as the nearest parent of the test binaries that holds <c>SharpStack.slnx</c>.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SharpStack.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SharpStack.slnx above {AppContext.BaseDirectory}.");
    }
}
