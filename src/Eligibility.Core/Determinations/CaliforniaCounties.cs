namespace Eligibility.Core.Determinations;

/// <summary>California's 58 counties, each of which runs Medi-Cal eligibility for its residents.</summary>
public static class CaliforniaCounties
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Alameda", "Alpine", "Amador", "Butte", "Calaveras", "Colusa", "Contra Costa", "Del Norte", "El Dorado", "Fresno",
        "Glenn", "Humboldt", "Imperial", "Inyo", "Kern", "Kings", "Lake", "Lassen", "Los Angeles", "Madera",
        "Marin", "Mariposa", "Mendocino", "Merced", "Modoc", "Mono", "Monterey", "Napa", "Nevada", "Orange",
        "Placer", "Plumas", "Riverside", "Sacramento", "San Benito", "San Bernardino", "San Diego", "San Francisco", "San Joaquin", "San Luis Obispo",
        "San Mateo", "Santa Barbara", "Santa Clara", "Santa Cruz", "Shasta", "Sierra", "Siskiyou", "Solano", "Sonoma", "Stanislaus",
        "Sutter", "Tehama", "Trinity", "Tulare", "Tuolumne", "Ventura", "Yolo", "Yuba",
    ];

    /// <summary>The county's name as listed, matched without regard to case or a trailing "County".</summary>
    public static string? Find(string? name)
    {
        var wanted = (name ?? "").Trim();
        if (wanted.EndsWith(" county", StringComparison.OrdinalIgnoreCase))
        {
            wanted = wanted[..^7].TrimEnd();
        }

        return All.FirstOrDefault(c => string.Equals(c, wanted, StringComparison.OrdinalIgnoreCase));
    }
}
