using System.Globalization;
using System.Text.Json;
using Eligibility.Core.Answering;
using Eligibility.Core.Conversations;
using Microsoft.Data.Sqlite;

namespace Eligibility.Infrastructure.Sqlite;

/// <summary>Conversations, answers and feedback in the embedded SQLite file.</summary>
public sealed class SqliteConversationStore(SqliteDatabase database, TimeProvider clock) : IConversationStore
{
    public async Task<Conversation?> FindAsync(string conversationId, string user, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = Command(connection, "SELECT id, user_name, title, created_at, updated_at FROM conversations WHERE id = $id AND user_name = $u", ("$id", conversationId), ("$u", user));
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadConversation(reader) : null;
    }

    public async Task<Conversation> StartAsync(string user, string title, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var conversation = new Conversation(Guid.NewGuid().ToString("n"), user, title.Length > 120 ? title[..120] + "…" : title, now, now);
        await using var connection = await database.OpenAsync(ct);
        await using var command = Command(connection, "INSERT INTO conversations (id, user_name, title, created_at, updated_at) VALUES ($id, $u, $t, $c, $c)",
            ("$id", conversation.Id), ("$u", user), ("$t", conversation.Title), ("$c", PassageRows.Time(now)));
        await command.ExecuteNonQueryAsync(ct);
        return conversation;
    }

    public async Task<IReadOnlyList<Conversation>> ListAsync(string user, int limit, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = Command(connection, "SELECT id, user_name, title, created_at, updated_at FROM conversations WHERE user_name = $u ORDER BY updated_at DESC LIMIT $n", ("$u", user), ("$n", limit));
        var list = new List<Conversation>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add(ReadConversation(reader));
        }

        return list;
    }

    public async Task<IReadOnlyList<StoredAnswer>> AnswersAsync(string conversationId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = Command(connection, $"SELECT {AnswerColumns} FROM answers WHERE conversation_id = $c ORDER BY created_at", ("$c", conversationId));
        return await ReadAnswersAsync(command, ct);
    }

    public async Task SaveAnswerAsync(StoredAnswer answer, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using (var insert = Command(connection, $"INSERT INTO answers ({AnswerColumns}) VALUES ($id, $c, $q, $sq, $t, $a, $m, $model, $asof, $cit, $at)",
            ("$id", answer.Id), ("$c", answer.ConversationId), ("$q", answer.Question), ("$sq", answer.StandaloneQuestion), ("$t", answer.Text),
            ("$a", answer.Abstained ? 1 : 0), ("$m", answer.Mode.ToString()), ("$model", (object?)answer.ModelId ?? DBNull.Value),
            ("$asof", PassageRows.Date(answer.AsOf)), ("$cit", JsonSerializer.Serialize(answer.Citations)), ("$at", PassageRows.Time(answer.CreatedAt))))
        {
            insert.Transaction = tx;
            await insert.ExecuteNonQueryAsync(ct);
        }

        await using (var touch = Command(connection, "UPDATE conversations SET updated_at = $at WHERE id = $c", ("$at", PassageRows.Time(answer.CreatedAt)), ("$c", answer.ConversationId)))
        {
            touch.Transaction = tx;
            await touch.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
    }

    public async Task<StoredAnswer?> FindAnswerAsync(string answerId, string user, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = Command(connection,
            $"SELECT {string.Join(", ", AnswerColumns.Split(", ").Select(c => "a." + c))} FROM answers a JOIN conversations c ON c.id = a.conversation_id WHERE a.id = $id AND c.user_name = $u",
            ("$id", answerId), ("$u", user));
        return (await ReadAnswersAsync(command, ct)).SingleOrDefault();
    }

    public async Task SaveFeedbackAsync(AnswerFeedback feedback, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = Command(connection, "INSERT INTO answer_feedback (answer_id, user_name, kind, comment, created_at) VALUES ($a, $u, $k, $c, $at)",
            ("$a", feedback.AnswerId), ("$u", feedback.User), ("$k", feedback.Kind.ToString()), ("$c", (object?)feedback.Comment ?? DBNull.Value), ("$at", PassageRows.Time(feedback.CreatedAt)));
        await command.ExecuteNonQueryAsync(ct);
    }

    private const string AnswerColumns = "id, conversation_id, question, standalone_question, text, abstained, mode, model_id, as_of, citations, created_at";

    private static async Task<List<StoredAnswer>> ReadAnswersAsync(SqliteCommand command, CancellationToken ct)
    {
        var list = new List<StoredAnswer>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new StoredAnswer(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5) != 0,
                Enum.Parse<AnswerMode>(r.GetString(6)), r.IsDBNull(7) ? null : r.GetString(7),
                DateOnly.ParseExact(r.GetString(8), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                JsonSerializer.Deserialize<List<AnswerCitation>>(r.GetString(9)) ?? [],
                DateTimeOffset.Parse(r.GetString(10), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    private static Conversation ReadConversation(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2),
        DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture), DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture));

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
