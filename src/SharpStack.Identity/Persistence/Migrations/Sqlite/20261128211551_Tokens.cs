using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Identity.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Tokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "revocation_event",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    domain_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    project_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    role_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    trust_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    consumer_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    access_token_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    issued_before = table.Column<DateTime>(type: "TEXT", nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    audit_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    audit_chain_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revocation_event", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_revocation_event_audit_id_issued_before",
                table: "revocation_event",
                columns: new[] { "audit_id", "issued_before" });

            migrationBuilder.CreateIndex(
                name: "IX_revocation_event_issued_before",
                table: "revocation_event",
                column: "issued_before");

            migrationBuilder.CreateIndex(
                name: "IX_revocation_event_project_id_issued_before",
                table: "revocation_event",
                columns: new[] { "project_id", "issued_before" });

            migrationBuilder.CreateIndex(
                name: "IX_revocation_event_revoked_at",
                table: "revocation_event",
                column: "revoked_at");

            migrationBuilder.CreateIndex(
                name: "IX_revocation_event_user_id_issued_before",
                table: "revocation_event",
                columns: new[] { "user_id", "issued_before" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "revocation_event");
        }
    }
}
