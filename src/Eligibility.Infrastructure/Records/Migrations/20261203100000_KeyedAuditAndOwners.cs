using Eligibility.Infrastructure.Records;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eligibility.Infrastructure.Records.Migrations;

/// <summary>
/// Audit entries name the key that tagged them (null for entries from before keys), and a determination has an
/// owner, at first the caseworker who asked for it. Written by hand, provider-neutral; no target model is needed
/// (adding a column never rebuilds a table).
/// </summary>
[DbContext(typeof(RecordsDbContext))]
[Migration("20261203100000_KeyedAuditAndOwners")]
internal sealed class KeyedAuditAndOwners : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "key_id", table: "audit_entries", nullable: true);
        migrationBuilder.AddColumn<string>(name: "owner", table: "determinations", nullable: false, defaultValue: "");
        migrationBuilder.Sql("UPDATE determinations SET owner = created_by");
        migrationBuilder.CreateIndex("ix_determinations_owner", "determinations", ["owner", "created_at"]);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("ix_determinations_owner", "determinations");
        migrationBuilder.DropColumn("owner", "determinations");
        migrationBuilder.DropColumn("key_id", "audit_entries");
    }
}
