using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Identity.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ImmutableOptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "options",
                table: "role",
                type: "text",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "options",
                table: "project",
                type: "text",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "options",
                table: "domain",
                type: "text",
                nullable: false,
                defaultValue: "{}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "options",
                table: "role");

            migrationBuilder.DropColumn(
                name: "options",
                table: "project");

            migrationBuilder.DropColumn(
                name: "options",
                table: "domain");
        }
    }
}
