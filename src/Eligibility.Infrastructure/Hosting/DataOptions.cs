namespace Eligibility.Infrastructure.Hosting;

/// <summary>The data folder (configuration "Data"): the embedded database, its migration lock and key files live here.</summary>
public sealed class DataOptions
{
    public const string SectionName = "Data";

    /// <summary>Relative paths are taken from the host's content root.</summary>
    public string Directory { get; set; } = "data";
}
