using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Identity.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Trusts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trust",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    trustor_user_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    trustee_user_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    project_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    impersonation = table.Column<bool>(type: "INTEGER", nullable: false),
                    deleted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    remaining_uses = table.Column<int>(type: "INTEGER", nullable: true),
                    redelegated_trust_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    redelegation_count = table.Column<int>(type: "INTEGER", nullable: true),
                    extra = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trust", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "trust_role",
                columns: table => new
                {
                    trust_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    role_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trust_role", x => new { x.trust_id, x.role_id });
                    table.ForeignKey(
                        name: "FK_trust_role_trust_trust_id",
                        column: x => x.trust_id,
                        principalTable: "trust",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trust_trustee_user_id",
                table: "trust",
                column: "trustee_user_id");

            migrationBuilder.CreateIndex(
                name: "duplicate_trust_constraint",
                table: "trust",
                columns: new[] { "trustor_user_id", "trustee_user_id", "project_id", "impersonation", "expires_at" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trust_role");

            migrationBuilder.DropTable(
                name: "trust");
        }
    }
}
