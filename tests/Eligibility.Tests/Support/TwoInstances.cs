using System.Text;
using Eligibility.Tests.Records;

namespace Eligibility.Tests.Support;

/// <summary>
/// Two server processes' shared settings, as a deployment shares them: one PostgreSQL database, one audit key and one
/// checkpoint file (and Redis, when given), each instance with a data folder of its own.
/// </summary>
internal sealed class TwoInstances : IDisposable
{
    private static readonly string Key = Convert.ToBase64String(Encoding.UTF8.GetBytes("two-instances-share-this-audit-key-32+"));

    public TwoInstances(RecordsTestDatabase database, IReadOnlyDictionary<string, string>? more = null)
    {
        Folders = [Directory.CreateTempSubdirectory("eligibility-a-").FullName, Directory.CreateTempSubdirectory("eligibility-b-").FullName];
        Audit = new Dictionary<string, string>
        {
            ["Audit:Keys:0:Id"] = "k1",
            ["Audit:Keys:0:Secret"] = Key,
            ["Audit:CheckpointFile"] = Path.Combine(Folders[0], "shared-audit-checkpoints.log"),
        };
        Settings = new Dictionary<string, string>(database.Settings(":"));
        foreach (var (key, value) in Audit.Concat(more ?? new Dictionary<string, string>()))
        {
            Settings[key] = value;
        }
    }

    public string[] Folders { get; }

    /// <summary>Every setting both instances start with.</summary>
    public Dictionary<string, string> Settings { get; }

    /// <summary>The audit settings a test opening the same records needs, to verify the chain they wrote.</summary>
    public Dictionary<string, string> Audit { get; }

    public void Dispose()
    {
        foreach (var folder in Folders)
        {
            Publishing.JobCrashTrial.Delete(folder);
        }
    }
}
