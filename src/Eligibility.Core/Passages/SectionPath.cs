namespace Eligibility.Core.Passages;

/// <summary>Where a passage sits in its manual's outline, outermost first: "Subpart J > § 435.912 Timely determination".</summary>
public sealed record SectionPath(IReadOnlyList<string> Segments)
{
    public const string Separator = " > ";

    public static SectionPath Root { get; } = new([]);

    public SectionPath Append(string segment) => new([.. Segments, segment]);

    public string Leaf => Segments.Count == 0 ? "" : Segments[^1];

    public static SectionPath Parse(string text) =>
        new(text.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public override string ToString() => string.Join(Separator, Segments);

    public bool Equals(SectionPath? other) => other is not null && Segments.SequenceEqual(other.Segments);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
