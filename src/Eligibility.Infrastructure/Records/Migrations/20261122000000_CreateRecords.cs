using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eligibility.Infrastructure.Records.Migrations;

/// <summary>
/// Determinations and the audit log. Written by hand in the shape <c>dotnet ef migrations add</c> produces, and
/// provider-neutral: no column types (each provider maps the CLR type) and no identity columns, so this one set
/// of migrations serves SQLite and PostgreSQL.
/// </summary>
internal partial class CreateRecords : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "audit_entries",
            columns: table => new
            {
                sequence = table.Column<long>(nullable: false),
                at = table.Column<DateTime>(nullable: false),
                actor = table.Column<string>(nullable: false),
                kind = table.Column<string>(nullable: false),
                subject = table.Column<string>(nullable: false),
                payload = table.Column<string>(nullable: false),
                previous_hash = table.Column<string>(nullable: false),
                hash = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_audit_entries", x => x.sequence);
            });

        migrationBuilder.CreateTable(
            name: "determinations",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                created_by = table.Column<string>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                corrects = table.Column<string>(nullable: true),
                facts = table.Column<string>(nullable: false),
                draft = table.Column<string>(nullable: false),
                state = table.Column<string>(nullable: false),
                decided_by = table.Column<string>(nullable: true),
                decided_at = table.Column<DateTime>(nullable: true),
                final_outcome = table.Column<string>(nullable: true),
                final_summary = table.Column<string>(nullable: true),
                amendments = table.Column<string>(nullable: true),
                reason = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_determinations", x => x.id);
                table.ForeignKey(
                    name: "fk_determinations_corrects",
                    column: x => x.corrects,
                    principalTable: "determinations",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "ix_audit_entries_subject",
            table: "audit_entries",
            columns: ["subject", "sequence"]);

        migrationBuilder.CreateIndex(
            name: "ix_determinations_corrects",
            table: "determinations",
            column: "corrects");

        migrationBuilder.CreateIndex(
            name: "ix_determinations_created_at",
            table: "determinations",
            columns: ["created_at", "id"]);

        migrationBuilder.CreateIndex(
            name: "ix_determinations_created_by",
            table: "determinations",
            columns: ["created_by", "created_at"]);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "audit_entries");

        migrationBuilder.DropTable(
            name: "determinations");
    }
}
