using System.Globalization;
using Eligibility.Core.Manuals;
using Eligibility.Server.Identity;

namespace Eligibility.Server.Manuals;

/// <summary>
/// <c>GET /api/manuals/in-effect</c>: the manual versions whose rules apply on a date (today by default), and a few
/// example questions taken from their section titles, for the panel's first screen.
/// </summary>
internal static class ManualsInEffectEndpoints
{
    public sealed record InEffect(DateOnly AsOf, bool Today, IReadOnlyList<ManualInEffect> Manuals, IReadOnlyList<string> Examples);

    public sealed record ManualInEffect(string ManualId, string Title, string Version, DateOnly Effective);

    private const int Examples = 3;

    public static IEndpointRouteBuilder MapManualsInEffect(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/manuals/in-effect", async (string? asOf, IManualStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            DateOnly date = today;
            if (!string.IsNullOrWhiteSpace(asOf) && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                return Results.Problem($"'{asOf}' is not a date (use YYYY-MM-DD).", statusCode: 400);
            }

            var versions = await store.VersionsInEffectAsync(date, null, ct);
            var examples = new List<string>();
            foreach (var version in versions)
            {
                // One topic per chapter, past an opening chapter (purpose, definitions), so the examples show the range.
                var chapters = (await store.GetPassagesAsync(version.Key, ct))
                    .Where(p => p.SectionNumber is { Length: > 0 } && p.SectionNumber.Contains('.', StringComparison.Ordinal) && p.SectionPath.Segments.Count > 1)
                    .GroupBy(p => p.SectionPath.Segments[0])
                    .Select(g => Topic(g.First().SectionPath.Leaf, g.First().SectionNumber!))
                    .Where(t => t.Length is > 3 and < 60 && !Generic.Contains(t))
                    .ToList();
                examples.AddRange(chapters.Skip(chapters.Count > Examples ? 1 : 0).Select(t => $"What do the manuals say about {t}?"));
            }

            return Results.Ok(new InEffect(date, date == today,
                versions.Select(v => new ManualInEffect(v.ManualId, v.Title, v.Version, v.EffectiveDate)).ToList(),
                examples.Take(Examples).ToList()));
        }).RequireAuthorization(Roles.CaseworkerPolicy);
        return app;
    }

    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase) { "purpose of this handbook", "definitions", "purpose", "scope", "authority", "general" };

    /// <summary>"4.1 Property limit" → "property limit".</summary>
    private static string Topic(string leaf, string number)
    {
        var text = leaf.StartsWith(number, StringComparison.Ordinal) ? leaf[number.Length..] : leaf;
        text = text.Trim(' ', '.', '§', '—', '-');
        // Lower-case the first letter of a word, not of an acronym ("MAGI household").
        return text.Length < 2 || char.IsUpper(text[1]) ? text : char.ToLowerInvariant(text[0]) + text[1..];
    }
}
