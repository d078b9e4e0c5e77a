using System.Diagnostics;
using System.Runtime.CompilerServices;
using Eligibility.Core.Redaction;
using Eligibility.Core.Retrieval;

namespace Eligibility.Core.Answering;

/// <summary>
/// Answers a question as a stream of events: redact, make a follow-up standalone, retrieve, then either the
/// model's answer with every citation verified, or (no model) the extractive answer; abstain when the
/// passages do not answer. Used by the hub and the evals alike.
/// </summary>
public sealed class AssistantService(HybridRetriever retriever, AnsweringOptions options, IAnswerGenerator generator)
{
    private bool HasModel => generator is not NoAnswerGenerator;

    private const int SourcesShown = 20;

    public const string AbstentionPrefix = "The policy manuals provided do not answer this question";

    public AnswerMode Mode => HasModel ? AnswerMode.Generated : AnswerMode.Extractive;

    public string? ModelId => HasModel ? generator.ModelId : null;

    public async IAsyncEnumerable<AnswerEvent> AskAsync(AskRequest request, [EnumeratorCancellation] CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var modelTime = TimeSpan.Zero;
        var answerId = Guid.NewGuid().ToString("n");
        var known = KnownPeople.Named(request.KnownNames);
        var question = PersonalDataRedactor.Redact(request.Question, known).Text;

        // Earlier questions come back as they were searched (already redacted); redacting again costs nothing and covers any other caller.
        IReadOnlyList<ConversationTurn> history = [.. request.History.Select(t => t with { Question = PersonalDataRedactor.Redact(t.Question, known).Text })];

        var standalone = question;
        // A follow-up leans on the turn before it, and so does a question that names no subject ("How long does she have to do it?").
        if (history.Count > 0 && !request.AsTyped && (FollowUp.NeedsContext(question) || VagueQuestions.NamesNoSubject(QueryPlan.For(question, Thesaurus.Default))))
        {
            var rewrite = Stopwatch.StartNew();
            standalone = HasModel ? await generator.RewriteFollowUpAsync(question, history, ct) : WithContext(question, history);
            modelTime += HasModel ? rewrite.Elapsed : TimeSpan.Zero;
        }

        var retrieval = Stopwatch.StartNew();
        var result = await retriever.SearchAsync(new RetrievalRequest(standalone, request.AsOf, request.ManualIds, SourcesShown), ct);
        var retrievalMs = retrieval.ElapsedMilliseconds;
        yield return new AnswerStarted(answerId, request.ConversationId, Mode, standalone, result.AsOf) { Rewritten = standalone != question };
        yield return new AnswerSources(result.Passages.Select(p => new SourcePassage(p.Passage.Id, p.Passage.ManualId, p.Passage.Version,
            p.Passage.SectionPath.ToString(), p.Passage.PageStart, p.Passage.PageEnd, Math.Round(p.Score, 4), Math.Round(p.Support, 3))).ToList());

        if (!HasModel || ExtractiveAnswerer.Abstains(result, options))
        {
            var extractive = new ExtractiveAnswerer(options).Answer(result);
            foreach (var e in Extractive(extractive, result))
            {
                yield return e;
            }

            yield return Completed(extractive.Abstained, extractive.Citations.Select(c => c.PassageId).Distinct().ToList(), 0, 0);
            yield break;
        }

        var passages = result.Ranked.Take(options.PassagesConsidered).ToList();
        var byId = passages.ToDictionary(p => p.Passage.Id, p => p.Passage);
        var numbers = new Dictionary<string, int>();
        var text = new System.Text.StringBuilder();
        var pending = new System.Text.StringBuilder();
        var dropped = 0;
        var unsupported = new List<string>();
        var promptHash = PromptHash.Of(generator.ModelId, standalone, passages, history);
        var events = generator.GenerateAsync(new GenerationRequest(standalone, passages, history), ct).GetAsyncEnumerator(ct);
        string? failure = null;
        while (true)
        {
            var wait = Stopwatch.StartNew();
            GenerationEvent? next = null;
            try
            {
                next = await events.MoveNextAsync() ? events.Current : null;
            }
            catch (AnswerGenerationException e)
            {
                failure = e.Message;
            }

            modelTime += wait.Elapsed;
            if (failure is not null || next is null)
            {
                break;
            }

            switch (next)
            {
                case GeneratedText t:
                    // Held back until a verified citation supports it: nothing the model writes is shown unverified.
                    text.Append(t.Text);
                    pending.Append(t.Text);
                    break;
                case GeneratedCitation c when byId.TryGetValue(c.PassageId, out var passage) && CitationVerifier.Locate(passage, c.CitedText) is { } span:
                    if (!numbers.TryGetValue(passage.Id, out var number))
                    {
                        number = numbers[passage.Id] = numbers.Count + 1;
                    }

                    if (pending.Length > 0)
                    {
                        yield return new AnswerDelta(pending.ToString());
                        pending.Clear();
                    }

                    yield return new AnswerCitation(number, passage.Id, passage.Text[span.Start..span.End], span.Start, span.End, passage.ManualId, passage.ManualTitle,
                        passage.Version, passage.EffectiveDate, passage.SectionPath.ToString(), passage.PageStart, passage.PageEnd);
                    yield return new AnswerDelta($" [{number}]");
                    break;
                case GeneratedCitation:
                    dropped++;
                    break;
            }
        }

        await events.DisposeAsync();
        if (failure is not null)
        {
            yield return new AnswerFailed(failure);
            yield break;
        }

        var abstained = text.ToString().TrimStart().StartsWith(AbstentionPrefix, StringComparison.OrdinalIgnoreCase);
        if (abstained)
        {
            // The fixed abstention sentence (and the names it says are missing) needs no citation.
            yield return new AnswerDelta(pending.ToString());
        }
        else
        {
            // What no verified citation supports is shown only as such, never as answer text.
            foreach (var sentence in CitationVerifier.Sentences(pending.ToString()))
            {
                unsupported.Add(sentence);
                yield return new AnswerUnsupported(sentence);
            }
        }

        yield return Completed(abstained, [.. numbers.Keys], dropped, unsupported.Count, promptHash);

        AnswerCompleted Completed(bool abstained, IReadOnlyList<string> passageIds, int droppedCitations, int unsupportedSentences, string? hash = null) =>
            new(answerId, abstained, Mode, passageIds, droppedCitations, unsupportedSentences, retrievalMs,
                (long)(total.Elapsed - modelTime).TotalMilliseconds, total.ElapsedMilliseconds, hash);
    }

    private static IEnumerable<AnswerEvent> Extractive(GroundedAnswer answer, RetrievalResult result)
    {
        if (answer.Abstained)
        {
            yield return new AnswerDelta(answer.Text);
            yield break;
        }

        var byId = result.Passages.ToDictionary(p => p.Passage.Id, p => p.Passage);
        foreach (var c in answer.Citations)
        {
            var p = byId[c.PassageId];
            yield return new AnswerDelta(c.CitedText);
            yield return new AnswerCitation(c.Number, p.Id, c.CitedText, c.Start, c.End, p.ManualId, p.ManualTitle, p.Version, p.EffectiveDate, p.SectionPath.ToString(), p.PageStart, p.PageEnd);
            yield return new AnswerDelta($" [{c.Number}] ");
        }
    }

    /// <summary>Without a model, a follow-up (see <see cref="FollowUp"/>) borrows the words of the previous question.</summary>
    /// <summary>Without a model a follow-up borrows the previous question's words (as searched), shown to the caseworker as "Understood as".</summary>
    private static string WithContext(string question, IReadOnlyList<ConversationTurn> history) => $"{question} ({history[^1].Question})";
}
