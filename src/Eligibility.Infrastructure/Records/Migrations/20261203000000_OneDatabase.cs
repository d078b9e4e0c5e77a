using System;
using Eligibility.Infrastructure.Records;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eligibility.Infrastructure.Records.Migrations;

/// <summary>
/// Manuals, versions, pages, passages, vectors, original files, conversations, answers and feedback join the
/// determinations and the audit log in the one database. Written by hand, provider-neutral like the first
/// migration; it only creates tables, so it carries no target model (SQLite needs one only to rebuild a table).
/// </summary>
[DbContext(typeof(RecordsDbContext))]
[Migration("20261203000000_OneDatabase")]
internal sealed class OneDatabase : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "manual_versions",
            columns: table => new
            {
                manual_id = table.Column<string>(nullable: false),
                version = table.Column<string>(nullable: false),
                title = table.Column<string>(nullable: false),
                effective_date = table.Column<DateOnly>(nullable: false),
                status = table.Column<string>(nullable: false),
                content_hash = table.Column<string>(nullable: false),
                source_file = table.Column<string>(nullable: false),
                source_sha256 = table.Column<string>(nullable: false),
                page_count = table.Column<int>(nullable: false),
                passage_count = table.Column<int>(nullable: false),
                ingested_at = table.Column<DateTime>(nullable: false),
                published_at = table.Column<DateTime>(nullable: true),
                warnings = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_manual_versions", x => new { x.manual_id, x.version }));

        migrationBuilder.CreateTable(
            name: "pages",
            columns: table => new
            {
                manual_id = table.Column<string>(nullable: false),
                version = table.Column<string>(nullable: false),
                page = table.Column<int>(nullable: false),
                text = table.Column<string>(nullable: false),
                from_ocr = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_pages", x => new { x.manual_id, x.version, x.page });
                table.ForeignKey("fk_pages_manual_versions", x => new { x.manual_id, x.version }, "manual_versions", ["manual_id", "version"], onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "passages",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                manual_id = table.Column<string>(nullable: false),
                version = table.Column<string>(nullable: false),
                ordinal = table.Column<int>(nullable: false),
                section_path = table.Column<string>(nullable: false),
                section_number = table.Column<string>(nullable: true),
                page_start = table.Column<int>(nullable: false),
                page_end = table.Column<int>(nullable: false),
                start_offset = table.Column<int>(nullable: false),
                end_offset = table.Column<int>(nullable: false),
                text = table.Column<string>(nullable: false),
                context_header = table.Column<string>(nullable: false),
                content_hash = table.Column<string>(nullable: false),
                token_estimate = table.Column<int>(nullable: false),
                contains_table = table.Column<bool>(nullable: false),
                from_ocr = table.Column<bool>(nullable: false),
                regions = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_passages", x => x.id);
                table.ForeignKey("fk_passages_manual_versions", x => new { x.manual_id, x.version }, "manual_versions", ["manual_id", "version"], onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "sources",
            columns: table => new
            {
                manual_id = table.Column<string>(nullable: false),
                version = table.Column<string>(nullable: false),
                file_name = table.Column<string>(nullable: false),
                content = table.Column<byte[]>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_sources", x => new { x.manual_id, x.version });
                table.ForeignKey("fk_sources_manual_versions", x => new { x.manual_id, x.version }, "manual_versions", ["manual_id", "version"], onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "passage_vectors",
            columns: table => new
            {
                passage_id = table.Column<string>(nullable: false),
                manual_id = table.Column<string>(nullable: false),
                version = table.Column<string>(nullable: false),
                vector = table.Column<byte[]>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_passage_vectors", x => x.passage_id));

        migrationBuilder.CreateTable(
            name: "conversations",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                user_name = table.Column<string>(nullable: false),
                title = table.Column<string>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_conversations", x => x.id));

        migrationBuilder.CreateTable(
            name: "answers",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                conversation_id = table.Column<string>(nullable: false),
                question = table.Column<string>(nullable: false),
                standalone_question = table.Column<string>(nullable: false),
                text = table.Column<string>(nullable: false),
                abstained = table.Column<bool>(nullable: false),
                mode = table.Column<string>(nullable: false),
                model_id = table.Column<string>(nullable: true),
                as_of = table.Column<DateOnly>(nullable: false),
                citations = table.Column<string>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_answers", x => x.id);
                table.ForeignKey("fk_answers_conversations", x => x.conversation_id, "conversations", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "answer_feedback",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                answer_id = table.Column<string>(nullable: false),
                user_name = table.Column<string>(nullable: false),
                kind = table.Column<string>(nullable: false),
                comment = table.Column<string>(nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_answer_feedback", x => x.id);
                table.ForeignKey("fk_answer_feedback_answers", x => x.answer_id, "answers", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("ix_manual_versions_status", "manual_versions", ["status", "effective_date"]);
        migrationBuilder.CreateIndex("ix_passages_version", "passages", ["manual_id", "version", "ordinal"]);
        migrationBuilder.CreateIndex("ix_passage_vectors_version", "passage_vectors", ["manual_id", "version"]);
        migrationBuilder.CreateIndex("ix_conversations_user", "conversations", ["user_name", "updated_at"]);
        migrationBuilder.CreateIndex("ix_answers_conversation", "answers", ["conversation_id", "created_at"]);
        migrationBuilder.CreateIndex("ix_answer_feedback_answer", "answer_feedback", "answer_id");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "answer_feedback", "answers", "conversations", "passage_vectors", "sources", "passages", "pages", "manual_versions" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
