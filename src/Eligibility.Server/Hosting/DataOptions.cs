using System.ComponentModel.DataAnnotations;

namespace Eligibility.Server.Hosting;

/// <summary>Where the embedded store lives.</summary>
public sealed class DataOptions
{
    [Required]
    public string Directory { get; set; } = "data";
}
