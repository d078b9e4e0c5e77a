namespace Eligibility.Tests.Support;

/// <summary>
/// The shared test corpus beside the checkout (../shared). Tests that need it skip with a message in a
/// user's clone, but under CI=true its absence fails them, so CI always runs them.
/// </summary>
public static class SharedCorpus
{
    private static readonly Lazy<string?> Root = new(Find);

    public static string Path(params string[] parts) => System.IO.Path.Combine([Require(), .. parts]);

    public static string Require()
    {
        if (Root.Value is { } root)
        {
            return root;
        }

        var message = "the shared corpus (../shared/corpus beside the repository) is not present";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{message}; CI must run the corpus tests");
        }

        Assert.Skip($"{message}; skipping");
        return "";
    }

    private static string? Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Eligibility.sln")))
        {
            dir = dir.Parent;
        }

        var shared = dir?.Parent is { } parent ? System.IO.Path.Combine(parent.FullName, "shared") : null;
        return shared is not null && File.Exists(System.IO.Path.Combine(shared, "corpus", "manifest.json")) ? shared : null;
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Eligibility.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
