using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eligibility.Infrastructure.Records.Migrations;

/// <summary>The data protection key ring in the database, shared by every instance. Written by hand, provider-neutral.</summary>
[DbContext(typeof(RecordsDbContext))]
[Migration("20261206000000_ScaleOut")]
internal sealed class ScaleOut : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "data_protection_keys",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                friendly_name = table.Column<string>(nullable: false),
                xml = table.Column<string>(nullable: false),
                created_at = table.Column<System.DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_data_protection_keys", x => x.id));
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("data_protection_keys");
}
