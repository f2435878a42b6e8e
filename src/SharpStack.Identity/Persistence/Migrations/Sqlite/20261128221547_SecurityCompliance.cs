using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Identity.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SecurityCompliance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "failed_auth_at",
                table: "user",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "failed_auth_count",
                table: "user",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "password",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    local_user_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    self_service = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_password", x => x.id);
                    table.ForeignKey(
                        name: "FK_password_user_local_user_id",
                        column: x => x.local_user_id,
                        principalTable: "user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_password_local_user_id",
                table: "password",
                column: "local_user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "password");

            migrationBuilder.DropColumn(
                name: "failed_auth_at",
                table: "user");

            migrationBuilder.DropColumn(
                name: "failed_auth_count",
                table: "user");
        }
    }
}
