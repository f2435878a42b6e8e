using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Identity.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EndpointPolicy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "policy_association",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    policy_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    endpoint_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    service_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    region_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_association", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_policy_association_endpoint_id_service_id_region_id",
                table: "policy_association",
                columns: new[] { "endpoint_id", "service_id", "region_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_policy_association_policy_id",
                table: "policy_association",
                column: "policy_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "policy_association");
        }
    }
}
