namespace SharpStack.Messaging.Tests.Fakes;

internal static class RepositoryRoot
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
