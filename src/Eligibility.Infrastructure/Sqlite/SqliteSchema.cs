namespace Eligibility.Infrastructure.Sqlite;

/// <summary>The embedded schema. Passages, pages and the search index are keyed by manual version.</summary>
internal static class SqliteSchema
{
    private const string Ddl = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS manual_versions (
            manual_id      TEXT NOT NULL,
            version        TEXT NOT NULL,
            title          TEXT NOT NULL,
            effective_date TEXT NOT NULL,
            status         TEXT NOT NULL,
            content_hash   TEXT NOT NULL,
            source_file    TEXT NOT NULL,
            source_sha256  TEXT NOT NULL,
            page_count     INTEGER NOT NULL,
            passage_count  INTEGER NOT NULL,
            ingested_at    TEXT NOT NULL,
            published_at   TEXT,
            warnings       TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (manual_id, version)
        );
        CREATE TABLE IF NOT EXISTS pages (
            manual_id TEXT NOT NULL,
            version   TEXT NOT NULL,
            page      INTEGER NOT NULL,
            text      TEXT NOT NULL,
            from_ocr  INTEGER NOT NULL,
            PRIMARY KEY (manual_id, version, page),
            FOREIGN KEY (manual_id, version) REFERENCES manual_versions (manual_id, version) ON DELETE CASCADE
        );
        CREATE TABLE IF NOT EXISTS passages (
            id             TEXT PRIMARY KEY,
            manual_id      TEXT NOT NULL,
            version        TEXT NOT NULL,
            ordinal        INTEGER NOT NULL,
            section_path   TEXT NOT NULL,
            section_number TEXT,
            page_start     INTEGER NOT NULL,
            page_end       INTEGER NOT NULL,
            start_offset   INTEGER NOT NULL,
            end_offset     INTEGER NOT NULL,
            text           TEXT NOT NULL,
            context_header TEXT NOT NULL,
            content_hash   TEXT NOT NULL,
            token_estimate INTEGER NOT NULL,
            contains_table INTEGER NOT NULL,
            from_ocr       INTEGER NOT NULL,
            regions        TEXT NOT NULL,
            FOREIGN KEY (manual_id, version) REFERENCES manual_versions (manual_id, version) ON DELETE CASCADE
        );
        CREATE INDEX IF NOT EXISTS passages_by_version ON passages (manual_id, version, ordinal);
        CREATE TABLE IF NOT EXISTS sources (
            manual_id TEXT NOT NULL,
            version   TEXT NOT NULL,
            file_name TEXT NOT NULL,
            content   BLOB NOT NULL,
            PRIMARY KEY (manual_id, version)
        );
        CREATE TABLE IF NOT EXISTS conversations (
            id         TEXT PRIMARY KEY,
            user_name  TEXT NOT NULL,
            title      TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS conversations_by_user ON conversations (user_name, updated_at);
        CREATE TABLE IF NOT EXISTS answers (
            id                  TEXT PRIMARY KEY,
            conversation_id     TEXT NOT NULL REFERENCES conversations (id),
            question            TEXT NOT NULL,
            standalone_question TEXT NOT NULL,
            text                TEXT NOT NULL,
            abstained           INTEGER NOT NULL,
            mode                TEXT NOT NULL,
            model_id            TEXT,
            as_of               TEXT NOT NULL,
            citations           TEXT NOT NULL,
            created_at          TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS answers_by_conversation ON answers (conversation_id, created_at);
        CREATE TABLE IF NOT EXISTS answer_feedback (
            id         INTEGER PRIMARY KEY,
            answer_id  TEXT NOT NULL REFERENCES answers (id),
            user_name  TEXT NOT NULL,
            kind       TEXT NOT NULL,
            comment    TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS passage_vectors (
            passage_id  TEXT PRIMARY KEY,
            version_key TEXT NOT NULL,
            vector      BLOB NOT NULL
        );
        CREATE INDEX IF NOT EXISTS passage_vectors_by_version ON passage_vectors (version_key);
        """;

    public static async Task EnsureAsync(SqliteDatabase database, CancellationToken ct)
    {
        await using var connection = await database.OpenRawAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = Ddl;
        await command.ExecuteNonQueryAsync(ct);
    }
}
