namespace MediaMonitor.Tests;

/// <summary>The checkout this test run was built from, found by walking up to MediaMonitor.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MediaMonitor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MediaMonitor.sln not found above " + AppContext.BaseDirectory);
    }
}
