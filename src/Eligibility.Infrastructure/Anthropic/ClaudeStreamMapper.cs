using Anthropic.Models.Messages;
using Eligibility.Core.Answering;
using Eligibility.Core.Retrieval;
using Microsoft.Extensions.Logging;

namespace Eligibility.Infrastructure.Anthropic;

/// <summary>
/// Turns the raw server-sent events of one streamed message into <see cref="GenerationEvent"/>s: text deltas into
/// <see cref="GeneratedText"/>, <c>search_result_location</c> citations into <see cref="GeneratedCitation"/> (other
/// citation kinds are ignored), and <c>message_delta</c> + <c>message_stop</c> into one <see cref="GenerationFinished"/>.
/// </summary>
internal sealed class ClaudeStreamMapper(IReadOnlyList<RetrievedPassage> passages, ILogger logger)
{
    private readonly HashSet<string> _passageIds = passages.Select(p => p.Passage.Id).ToHashSet(StringComparer.Ordinal);
    private readonly TokenTally _tokens = new();
    private string? _stopReason;
    private bool _finished;

    /// <summary>True once the final event has been produced.</summary>
    public bool Finished => _finished;

    public int Citations { get; private set; }

    public IReadOnlyList<GenerationEvent> Map(RawMessageStreamEvent raw)
    {
        if (_finished)
        {
            return [];
        }

        if (raw.TryPickContentBlockDelta(out var blockDelta))
        {
            return MapDelta(blockDelta.Delta);
        }

        if (raw.TryPickContentBlockStart(out var blockStart))
        {
            // A text block normally starts empty; keep any text it does carry.
            return blockStart.ContentBlock.TryPickText(out var block) && !string.IsNullOrEmpty(block.Text) ? [new GeneratedText(block.Text)] : [];
        }

        if (raw.TryPickStart(out var start))
        {
            _tokens.Read(() => start.Message.Usage);
            return [];
        }

        if (raw.TryPickDelta(out var messageDelta))
        {
            _stopReason = SdkField.TryRead(() => messageDelta.Delta.StopReason?.Raw()) ?? _stopReason;
            _tokens.Read(() => messageDelta.Usage);
            return [];
        }

        if (raw.TryPickStop(out _))
        {
            return [Finish()];
        }

        return [];
    }

    /// <summary>
    /// The end of the stream: nothing more once <c>message_stop</c> was seen; a final event when at least
    /// <c>message_delta</c> arrived; otherwise the answer was cut off.
    /// </summary>
    public IReadOnlyList<GenerationEvent> Complete()
    {
        if (_finished)
        {
            return [];
        }

        if (_stopReason is not null)
        {
            return [Finish()];
        }

        throw new AnswerGenerationException("Claude stopped mid-answer: the connection closed before the answer was complete.");
    }

    private GenerationFinished Finish()
    {
        _finished = true;
        return new GenerationFinished(_stopReason ?? "unknown", _tokens.Input, _tokens.Output);
    }

    private IReadOnlyList<GenerationEvent> MapDelta(RawContentBlockDelta delta)
    {
        if (delta.TryPickText(out var text))
        {
            return string.IsNullOrEmpty(text.Text) ? [] : [new GeneratedText(text.Text)];
        }

        if (delta.TryPickCitations(out var citations) && citations.Citation.TryPickCitationsSearchResultLocation(out var location))
        {
            return MapCitation(location);
        }

        return [];
    }

    private IReadOnlyList<GenerationEvent> MapCitation(CitationsSearchResultLocation location)
    {
        var source = SdkField.TryRead(() => location.Source);
        var index = SdkField.TryRead(() => (long?)location.SearchResultIndex);
        var passageId = source is not null && _passageIds.Contains(source)
            ? source
            : index is >= 0 && index < passages.Count ? passages[(int)index].Passage.Id : null;
        if (passageId is null)
        {
            ClaudeLog.UnknownCitationSource(logger, index ?? -1, passages.Count);
            return [];
        }

        Citations++;
        return [new GeneratedCitation(passageId, SdkField.TryRead(() => location.CitedText) ?? string.Empty)];
    }
}
