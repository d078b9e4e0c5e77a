using Eligibility.Core.Manuals;
using Eligibility.Ingest.Pipeline;

namespace Eligibility.Ingest.Publishing;

/// <summary>
/// A version's review as the admin page and <c>ingest review --json</c> give it: the version and the one it takes
/// over from, its ingestion warnings, the sections added, removed and changed (with both texts and the word-level
/// differences) and what on record cited the text it changes or removes.
/// </summary>
public sealed record ReviewReport(
    VersionSummary Version,
    VersionSummary? Replaces,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<SectionText> Added,
    IReadOnlyList<SectionText> Removed,
    IReadOnlyList<SectionEdit> Changed,
    int Unchanged,
    ImpactReport Impact)
{
    public static ReviewReport Of(VersionReview review)
    {
        var diff = review.Diff;
        return new ReviewReport(
            VersionSummary.Of(review.Version),
            review.Previous is { } p ? VersionSummary.Of(p) : null,
            review.Version.Warnings,
            diff?.Added.Select(SectionText.Of).ToList() ?? [],
            diff?.Removed.Select(SectionText.Of).ToList() ?? [],
            diff?.Changed.Select(c => new SectionEdit(c.After.SectionPath, c.Key, SectionText.Of(c.Before), SectionText.Of(c.After),
                c.Words.Select(w => new WordEdit(w.Change.ToString().ToLowerInvariant(), w.Text)).ToList())).ToList() ?? [],
            diff?.Unchanged ?? 0,
            new ImpactReport(
                review.Impact.Answers.Select(a => new ImpactedAnswerReport(a.AnswerId, a.ConversationId, a.User, a.Question, a.At, a.Passages)).ToList(),
                review.Impact.Determinations.Select(d => new ImpactedDeterminationReport(d.DeterminationId, d.Owner, d.State, d.At, d.Passages)).ToList()));
    }
}

public sealed record VersionSummary(
    string Manual, string Version, string Title, DateOnly Effective, string Status, string File, int Pages, int Passages, DateTimeOffset IngestedAt, DateTimeOffset? PublishedAt)
{
    public static VersionSummary Of(ManualVersion v) => new(
        v.ManualId, v.Version, v.Title, v.EffectiveDate, v.Status.ToString().ToLowerInvariant(), v.SourceFile, v.PageCount, v.PassageCount, v.IngestedAt, v.PublishedAt);
}

/// <summary>A section of one version: its path, number (or path when unnumbered), pages and text.</summary>
public sealed record SectionText(string Section, string Key, int PageStart, int PageEnd, string Text)
{
    public static SectionText Of(SectionChange s) => new(s.SectionPath, s.Key, s.PageStart, s.PageEnd, s.Text);
}

public sealed record SectionEdit(string Section, string Key, SectionText Before, SectionText After, IReadOnlyList<WordEdit> Words);

/// <summary>A run of words: <c>same</c>, <c>removed</c> or <c>added</c>.</summary>
public sealed record WordEdit(string Change, string Text);

public sealed record ImpactReport(IReadOnlyList<ImpactedAnswerReport> Answers, IReadOnlyList<ImpactedDeterminationReport> Determinations);

public sealed record ImpactedAnswerReport(string Answer, string Conversation, string User, string Question, DateTimeOffset At, IReadOnlyList<string> Passages);

public sealed record ImpactedDeterminationReport(string Determination, string Owner, string State, DateTimeOffset At, IReadOnlyList<string> Passages);
