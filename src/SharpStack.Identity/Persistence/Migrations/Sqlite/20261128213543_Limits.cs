using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Identity.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Limits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "credential",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    project_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    type = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    encrypted_blob = table.Column<string>(type: "TEXT", nullable: false),
                    key_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    extra = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credential", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "policy",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    blob = table.Column<string>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    extra = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registered_limit",
                columns: table => new
                {
                    internal_id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    service_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    region_id = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    resource_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    default_limit = table.Column<int>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registered_limit", x => x.internal_id);
                    table.UniqueConstraint("AK_registered_limit_id", x => x.id);
                    table.ForeignKey(
                        name: "FK_registered_limit_region_region_id",
                        column: x => x.region_id,
                        principalTable: "region",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registered_limit_service_service_id",
                        column: x => x.service_id,
                        principalTable: "service",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "limit",
                columns: table => new
                {
                    internal_id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    project_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    domain_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    resource_limit = table.Column<int>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    registered_limit_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_limit", x => x.internal_id);
                    table.ForeignKey(
                        name: "FK_limit_registered_limit_registered_limit_id",
                        column: x => x.registered_limit_id,
                        principalTable: "registered_limit",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_credential_user_id",
                table: "credential",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_limit_id",
                table: "limit",
                column: "id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_limit_registered_limit_id_project_id",
                table: "limit",
                columns: new[] { "registered_limit_id", "project_id" });

            migrationBuilder.CreateIndex(
                name: "IX_registered_limit_id",
                table: "registered_limit",
                column: "id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registered_limit_region_id",
                table: "registered_limit",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_registered_limit_service_id_region_id_resource_name",
                table: "registered_limit",
                columns: new[] { "service_id", "region_id", "resource_name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credential");

            migrationBuilder.DropTable(
                name: "limit");

            migrationBuilder.DropTable(
                name: "policy");

            migrationBuilder.DropTable(
                name: "registered_limit");
        }
    }
}
