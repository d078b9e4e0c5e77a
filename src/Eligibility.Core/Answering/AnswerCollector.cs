namespace Eligibility.Core.Answering;

/// <summary>Gathers a streamed answer as it passes: the start, the sources, the text, the citations, and how it ended.</summary>
public sealed class AnswerCollector
{
    private readonly System.Text.StringBuilder _text = new();
    private readonly List<AnswerCitation> _citations = [];
    private readonly List<string> _unsupported = [];

    public AnswerStarted? Started { get; private set; }
    public IReadOnlyList<SourcePassage> Sources { get; private set; } = [];
    public string Text => _text.ToString().Trim();
    public IReadOnlyList<AnswerCitation> Citations => _citations;

    /// <summary>Sentences the model wrote that no verified citation supports (shown marked, never as answer text).</summary>
    public IReadOnlyList<string> Unsupported => _unsupported;
    public AnswerCompleted? Completed { get; private set; }
    public AnswerFailed? Failed { get; private set; }

    public void Add(AnswerEvent e)
    {
        switch (e)
        {
            case AnswerStarted s:
                Started = s;
                break;
            case AnswerSources s:
                Sources = s.Passages;
                break;
            case AnswerDelta d:
                _text.Append(d.Text);
                break;
            case AnswerCitation c:
                _citations.Add(c);
                break;
            case AnswerUnsupported u:
                _unsupported.Add(u.Sentence);
                break;
            case AnswerCompleted c:
                Completed = c;
                break;
            case AnswerFailed f:
                Failed = f;
                break;
        }
    }
}
