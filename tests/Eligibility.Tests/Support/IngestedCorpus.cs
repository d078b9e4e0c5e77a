using Eligibility.Ingest.Pipeline;

namespace Eligibility.Tests.Support;

/// <summary>The shared corpus ingested once per test class, for tests that only read it.</summary>
public sealed class IngestedCorpus : IAsyncLifetime
{
    private readonly TempDataFolder _data = new();

    public TempDataFolder Data => _data;

    public IReadOnlyList<IngestOutcome> Outcomes { get; private set; } = [];

    public bool Available { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var manifest = Path.Combine(SharedCorpusRoot() ?? "", "corpus", "manifest.json");
        if (!File.Exists(manifest))
        {
            return;
        }

        Available = true;
        var outcomes = new List<IngestOutcome>();
        foreach (var request in Manifest.Read(manifest))
        {
            outcomes.Add(await _data.Pipeline.IngestAsync(request, publish: true, CancellationToken.None));
        }

        Outcomes = outcomes;
    }

    public ValueTask DisposeAsync()
    {
        _data.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Skips (or, under CI, fails) the calling test when the corpus is absent.</summary>
    public void Require()
    {
        if (!Available)
        {
            SharedCorpus.Require();
        }
    }

    private static string? SharedCorpusRoot()
    {
        var root = SharedCorpus.RepositoryRoot();
        var shared = Path.Combine(Path.GetDirectoryName(root)!, "shared");
        return Directory.Exists(shared) ? shared : null;
    }
}
