using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace SharpStack.Image.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddMetadefs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "metadef_namespaces",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    @namespace = table.Column<string>(name: "namespace", type: "character varying(80)", maxLength: 80, nullable: false),
                    display_name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    visibility = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    @protected = table.Column<bool>(name: "protected", type: "boolean", nullable: false),
                    owner = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metadef_namespaces", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "metadef_resource_types",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    @protected = table.Column<bool>(name: "protected", type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metadef_resource_types", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "metadef_objects",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    namespace_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    required = table.Column<string>(type: "text", nullable: true),
                    json_schema = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metadef_objects", x => x.id);
                    table.ForeignKey(
                        name: "FK_metadef_objects_metadef_namespaces_namespace_id",
                        column: x => x.namespace_id,
                        principalTable: "metadef_namespaces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "metadef_properties",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    namespace_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    json_schema = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metadef_properties", x => x.id);
                    table.ForeignKey(
                        name: "FK_metadef_properties_metadef_namespaces_namespace_id",
                        column: x => x.namespace_id,
                        principalTable: "metadef_namespaces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "metadef_tags",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    namespace_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metadef_tags", x => x.id);
                    table.ForeignKey(
                        name: "FK_metadef_tags_metadef_namespaces_namespace_id",
                        column: x => x.namespace_id,
                        principalTable: "metadef_namespaces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "metadef_namespace_resource_types",
                columns: table => new
                {
                    namespace_id = table.Column<int>(type: "integer", nullable: false),
                    resource_type_id = table.Column<int>(type: "integer", nullable: false),
                    prefix = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    properties_target = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metadef_namespace_resource_types", x => new { x.resource_type_id, x.namespace_id });
                    table.ForeignKey(
                        name: "FK_metadef_namespace_resource_types_metadef_namespaces_namespa~",
                        column: x => x.namespace_id,
                        principalTable: "metadef_namespaces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_metadef_namespace_resource_types_metadef_resource_types_res~",
                        column: x => x.resource_type_id,
                        principalTable: "metadef_resource_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "metadef_resource_types",
                columns: new[] { "id", "created_at", "name", "protected", "updated_at" },
                values: new object[,]
                {
                    { 1, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "OS::Glance::Image", true, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { 2, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "OS::Cinder::Volume", true, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { 3, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "OS::Nova::Flavor", true, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { 4, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "OS::Nova::Aggregate", true, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { 5, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "OS::Nova::Server", true, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { 6, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "OS::Trove::Instance", true, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { 7, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "OS::Glance::Snapshot", true, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc) }
                });

            migrationBuilder.CreateIndex(
                name: "IX_metadef_namespace_resource_types_namespace_id",
                table: "metadef_namespace_resource_types",
                column: "namespace_id");

            migrationBuilder.CreateIndex(
                name: "IX_metadef_namespaces_namespace",
                table: "metadef_namespaces",
                column: "namespace",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_metadef_namespaces_owner",
                table: "metadef_namespaces",
                column: "owner");

            migrationBuilder.CreateIndex(
                name: "IX_metadef_objects_namespace_id_name",
                table: "metadef_objects",
                columns: new[] { "namespace_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_metadef_properties_namespace_id_name",
                table: "metadef_properties",
                columns: new[] { "namespace_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_metadef_resource_types_name",
                table: "metadef_resource_types",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_metadef_tags_namespace_id_name",
                table: "metadef_tags",
                columns: new[] { "namespace_id", "name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "metadef_namespace_resource_types");

            migrationBuilder.DropTable(
                name: "metadef_objects");

            migrationBuilder.DropTable(
                name: "metadef_properties");

            migrationBuilder.DropTable(
                name: "metadef_tags");

            migrationBuilder.DropTable(
                name: "metadef_resource_types");

            migrationBuilder.DropTable(
                name: "metadef_namespaces");
        }
    }
}
