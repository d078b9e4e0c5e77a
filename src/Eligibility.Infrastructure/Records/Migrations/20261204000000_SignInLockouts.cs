using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eligibility.Infrastructure.Records.Migrations;

/// <summary>Failed sign-ins and lockouts by account name, shared by every server instance. Written by hand, provider-neutral.</summary>
[DbContext(typeof(RecordsDbContext))]
[Migration("20261204000000_SignInLockouts")]
internal sealed class SignInLockouts : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "sign_in_lockouts",
            columns: table => new
            {
                account = table.Column<string>(nullable: false),
                failures = table.Column<int>(nullable: false),
                last_failure_at = table.Column<System.DateTime>(nullable: false),
                locked_until = table.Column<System.DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_sign_in_lockouts", x => x.account));
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("sign_in_lockouts");
}
