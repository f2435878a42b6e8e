using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SharpStack.Identity.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ApplicationCredentials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "access_rule",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    external_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    service = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    path = table.Column<string>(type: "character varying(225)", maxLength: 225, nullable: false),
                    method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_rule", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "application_credential",
                columns: table => new
                {
                    internal_id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    secret_hash = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    project_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    system = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    unrestricted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_credential", x => x.internal_id);
                });

            migrationBuilder.CreateTable(
                name: "application_credential_access_rule",
                columns: table => new
                {
                    application_credential_id = table.Column<int>(type: "integer", nullable: false),
                    access_rule_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_credential_access_rule", x => new { x.application_credential_id, x.access_rule_id });
                    table.ForeignKey(
                        name: "FK_application_credential_access_rule_access_rule_access_rule_~",
                        column: x => x.access_rule_id,
                        principalTable: "access_rule",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_application_credential_access_rule_application_credential_a~",
                        column: x => x.application_credential_id,
                        principalTable: "application_credential",
                        principalColumn: "internal_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "application_credential_role",
                columns: table => new
                {
                    application_credential_id = table.Column<int>(type: "integer", nullable: false),
                    role_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_credential_role", x => new { x.application_credential_id, x.role_id });
                    table.ForeignKey(
                        name: "FK_application_credential_role_application_credential_applicat~",
                        column: x => x.application_credential_id,
                        principalTable: "application_credential",
                        principalColumn: "internal_id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_application_credential_role_role_role_id",
                        column: x => x.role_id,
                        principalTable: "role",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_access_rule_external_id",
                table: "access_rule",
                column: "external_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_access_rule_user_id",
                table: "access_rule",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "duplicate_access_rule_for_user_constraint",
                table: "access_rule",
                columns: new[] { "user_id", "service", "path", "method" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_application_credential_id",
                table: "application_credential",
                column: "id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "duplicate_app_cred_constraint",
                table: "application_credential",
                columns: new[] { "name", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_application_credential_access_rule_access_rule_id",
                table: "application_credential_access_rule",
                column: "access_rule_id");

            migrationBuilder.CreateIndex(
                name: "IX_application_credential_role_role_id",
                table: "application_credential_role",
                column: "role_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_credential_access_rule");

            migrationBuilder.DropTable(
                name: "application_credential_role");

            migrationBuilder.DropTable(
                name: "access_rule");

            migrationBuilder.DropTable(
                name: "application_credential");
        }
    }
}
