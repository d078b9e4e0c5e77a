using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eligibility.Infrastructure.Records.Migrations;

/// <summary>
/// Policy staff's workflow: uploads and their ingestion jobs (with the uploaded bytes apart), notices for the panel,
/// publish gate runs, and feedback that policy staff resolve. Written by hand, provider-neutral.
/// </summary>
[DbContext(typeof(RecordsDbContext))]
[Migration("20261205000000_Publishing")]
internal sealed class Publishing : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "uploads",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                file_name = table.Column<string>(nullable: false),
                manual_id = table.Column<string>(nullable: false),
                title = table.Column<string>(nullable: false),
                version = table.Column<string>(nullable: false),
                effective_date = table.Column<System.DateOnly>(nullable: false),
                bytes = table.Column<long>(nullable: false),
                sha256 = table.Column<string>(nullable: false),
                uploaded_by = table.Column<string>(nullable: false),
                uploaded_at = table.Column<System.DateTime>(nullable: false),
                status = table.Column<string>(nullable: false),
                stage = table.Column<string>(nullable: false),
                pages = table.Column<int>(nullable: false),
                passages = table.Column<int>(nullable: false),
                warnings = table.Column<string>(nullable: false),
                error = table.Column<string>(nullable: true),
                attempts = table.Column<int>(nullable: false),
                updated_at = table.Column<System.DateTime>(nullable: false),
                job_id = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_uploads", x => x.id));
        migrationBuilder.CreateIndex(name: "ix_uploads_uploaded_at", table: "uploads", column: "uploaded_at");
        migrationBuilder.CreateIndex(name: "ix_uploads_status", table: "uploads", column: "status");

        migrationBuilder.CreateTable(
            name: "upload_contents",
            columns: table => new
            {
                upload_id = table.Column<string>(nullable: false),
                content = table.Column<byte[]>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_upload_contents", x => x.upload_id);
                table.ForeignKey("fk_upload_contents_uploads", x => x.upload_id, "uploads", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "notices",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                recipient = table.Column<string>(nullable: false),
                kind = table.Column<string>(nullable: false),
                subject = table.Column<string>(nullable: false),
                text = table.Column<string>(nullable: false),
                created_at = table.Column<System.DateTime>(nullable: false),
                read_at = table.Column<System.DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_notices", x => x.id));
        migrationBuilder.CreateIndex(name: "ix_notices_recipient", table: "notices", columns: ["recipient", "read_at"]);
        migrationBuilder.CreateIndex(name: "ix_notices_subject", table: "notices", column: "subject");

        migrationBuilder.CreateTable(
            name: "gate_runs",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                manual_id = table.Column<string>(nullable: false),
                version = table.Column<string>(nullable: false),
                suite = table.Column<string>(nullable: false),
                floors = table.Column<string>(nullable: false),
                status = table.Column<string>(nullable: false),
                staged = table.Column<string>(nullable: false),
                active = table.Column<string>(nullable: false),
                failures = table.Column<string>(nullable: false),
                error = table.Column<string>(nullable: true),
                requested_by = table.Column<string>(nullable: false),
                requested_at = table.Column<System.DateTime>(nullable: false),
                finished_at = table.Column<System.DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_gate_runs", x => x.id));
        migrationBuilder.CreateIndex(name: "ix_gate_runs_version", table: "gate_runs", columns: ["manual_id", "version", "requested_at"]);

        migrationBuilder.AddColumn<string>(name: "status", table: "answer_feedback", nullable: false, defaultValue: "Open");
        migrationBuilder.AddColumn<string>(name: "resolved_by", table: "answer_feedback", nullable: true);
        migrationBuilder.AddColumn<System.DateTime>(name: "resolved_at", table: "answer_feedback", nullable: true);
        migrationBuilder.AddColumn<string>(name: "resolution_note", table: "answer_feedback", nullable: true);
        migrationBuilder.AddColumn<string>(name: "fixed_by_version", table: "answer_feedback", nullable: true);
        migrationBuilder.CreateIndex(name: "ix_answer_feedback_status", table: "answer_feedback", columns: ["status", "created_at"]);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "ix_answer_feedback_status", table: "answer_feedback");
        foreach (var column in new[] { "status", "resolved_by", "resolved_at", "resolution_note", "fixed_by_version" })
        {
            migrationBuilder.DropColumn(name: column, table: "answer_feedback");
        }

        migrationBuilder.DropTable("gate_runs");
        migrationBuilder.DropTable("notices");
        migrationBuilder.DropTable("upload_contents");
        migrationBuilder.DropTable("uploads");
    }
}
