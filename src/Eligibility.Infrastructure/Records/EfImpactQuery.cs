using System.Text.Json;
using Eligibility.Core.Answering;
using Eligibility.Core.Manuals;
using Eligibility.Infrastructure.Records.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records;

/// <summary>
/// Answers and determinations that cited given passages. Citations are kept as JSON, so rows are narrowed in the
/// database by the versions' passage-id prefix ("manual@version#") and matched exactly here.
/// </summary>
internal sealed class EfImpactQuery(RecordsDatabase database) : IImpactQuery
{
    public async Task<Impact> CitingAsync(IReadOnlyCollection<string> passageIds, CancellationToken ct)
    {
        var wanted = passageIds.ToHashSet(StringComparer.Ordinal);
        var prefixes = wanted.Select(id => id[..(id.IndexOf('#', StringComparison.Ordinal) + 1)]).Where(p => p.Length > 1).Distinct().ToList();
        if (prefixes.Count == 0)
        {
            return new Impact([], []);
        }

        await using var db = await database.OpenAsync(ct);
        var answers = new List<ImpactedAnswer>();
        var determinations = new List<ImpactedDetermination>();
        foreach (var prefix in prefixes)
        {
            var answerRows = await (from a in db.Answers.AsNoTracking()
                                    join c in db.Conversations.AsNoTracking() on a.ConversationId equals c.Id
                                    where a.Citations.Contains(prefix)
                                    select new { Answer = a, c.UserName }).ToListAsync(ct);
            foreach (var row in answerRows)
            {
                var cited = (JsonSerializer.Deserialize<List<AnswerCitation>>(row.Answer.Citations) ?? []).Select(c => c.PassageId).Where(wanted.Contains).Distinct().ToList();
                if (cited.Count > 0 && answers.All(x => x.AnswerId != row.Answer.Id))
                {
                    answers.Add(new ImpactedAnswer(row.Answer.Id, row.Answer.ConversationId, row.UserName, row.Answer.Question, StoredTime.FromColumn(row.Answer.CreatedAt), cited));
                }
            }

            var determinationRows = await db.Determinations.AsNoTracking().Where(d => d.Draft.Contains(prefix)).ToListAsync(ct);
            foreach (var row in determinationRows)
            {
                var determination = row.ToDetermination();
                var cited = determination.Draft.Citations.Select(c => c.PassageId).Where(wanted.Contains).Distinct().ToList();
                if (cited.Count > 0 && determinations.All(x => x.DeterminationId != row.Id))
                {
                    determinations.Add(new ImpactedDetermination(row.Id, row.Owner, row.State, determination.CreatedAt, cited));
                }
            }
        }

        return new Impact([.. answers.OrderBy(a => a.At)], [.. determinations.OrderBy(d => d.At)]);
    }
}
