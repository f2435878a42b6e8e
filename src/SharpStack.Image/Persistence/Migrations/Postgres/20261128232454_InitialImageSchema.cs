using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Image.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialImageSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "images",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    visibility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    @protected = table.Column<bool>(name: "protected", type: "boolean", nullable: false),
                    os_hidden = table.Column<bool>(type: "boolean", nullable: false),
                    owner = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    disk_format = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    container_format = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    size = table.Column<long>(type: "bigint", nullable: true),
                    virtual_size = table.Column<long>(type: "bigint", nullable: true),
                    checksum = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    os_hash_algo = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    os_hash_value = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    min_disk = table.Column<int>(type: "integer", nullable: false),
                    min_ram = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_images", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    owner = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    image_id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: true),
                    request_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    user_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    input = table.Column<string>(type: "text", nullable: false),
                    result = table.Column<string>(type: "text", nullable: false),
                    message = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "image_locations",
                columns: table => new
                {
                    image_id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    store_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_image_locations", x => new { x.image_id, x.store_id });
                    table.ForeignKey(
                        name: "FK_image_locations_images_image_id",
                        column: x => x.image_id,
                        principalTable: "images",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "image_members",
                columns: table => new
                {
                    image_id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    member_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_image_members", x => new { x.image_id, x.member_id });
                    table.ForeignKey(
                        name: "FK_image_members_images_image_id",
                        column: x => x.image_id,
                        principalTable: "images",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "image_properties",
                columns: table => new
                {
                    image_id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    value = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_image_properties", x => new { x.image_id, x.name });
                    table.ForeignKey(
                        name: "FK_image_properties_images_image_id",
                        column: x => x.image_id,
                        principalTable: "images",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "image_tags",
                columns: table => new
                {
                    image_id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    value = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_image_tags", x => new { x.image_id, x.value });
                    table.ForeignKey(
                        name: "FK_image_tags_images_image_id",
                        column: x => x.image_id,
                        principalTable: "images",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_image_members_member_id",
                table: "image_members",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "IX_image_properties_name_value",
                table: "image_properties",
                columns: new[] { "name", "value" });

            migrationBuilder.CreateIndex(
                name: "IX_image_tags_value",
                table: "image_tags",
                column: "value");

            migrationBuilder.CreateIndex(
                name: "IX_images_created_at",
                table: "images",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "IX_images_owner",
                table: "images",
                column: "owner");

            migrationBuilder.CreateIndex(
                name: "IX_images_status",
                table: "images",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "IX_images_visibility",
                table: "images",
                column: "visibility");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_image_id",
                table: "tasks",
                column: "image_id");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_owner",
                table: "tasks",
                column: "owner");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "image_locations");

            migrationBuilder.DropTable(
                name: "image_members");

            migrationBuilder.DropTable(
                name: "image_properties");

            migrationBuilder.DropTable(
                name: "image_tags");

            migrationBuilder.DropTable(
                name: "tasks");

            migrationBuilder.DropTable(
                name: "images");
        }
    }
}
