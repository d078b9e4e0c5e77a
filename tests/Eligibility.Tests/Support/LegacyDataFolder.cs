namespace Eligibility.Tests.Support;

/// <summary>A data folder written by the build before the one database (Records/Fixtures/legacy-data), copied for one test.</summary>
public static class LegacyDataFolder
{
    public static string Copy(string prefix = "eligibility-legacy-")
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Records", "Fixtures", "legacy-data")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}
