using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Identity.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IdentityExtensions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "consumer",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    secret = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    extra = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consumer", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "domain_config",
                columns: table => new
                {
                    domain_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    group = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    option = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    value = table.Column<string>(type: "text", nullable: false),
                    sensitive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_config", x => new { x.domain_id, x.group, x.option });
                });

            migrationBuilder.CreateTable(
                name: "endpoint_group",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    filters = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_endpoint_group", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "project_endpoint",
                columns: table => new
                {
                    endpoint_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    project_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_endpoint", x => new { x.endpoint_id, x.project_id });
                });

            migrationBuilder.CreateTable(
                name: "project_endpoint_group",
                columns: table => new
                {
                    endpoint_group_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    project_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_endpoint_group", x => new { x.endpoint_group_id, x.project_id });
                    table.ForeignKey(
                        name: "FK_project_endpoint_group_endpoint_group_endpoint_group_id",
                        column: x => x.endpoint_group_id,
                        principalTable: "endpoint_group",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "idx_project_id",
                table: "project_endpoint_group",
                column: "project_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consumer");

            migrationBuilder.DropTable(
                name: "domain_config");

            migrationBuilder.DropTable(
                name: "project_endpoint");

            migrationBuilder.DropTable(
                name: "project_endpoint_group");

            migrationBuilder.DropTable(
                name: "endpoint_group");
        }
    }
}
