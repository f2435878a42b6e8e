using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Identity.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialIdentitySchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "domain",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    extra = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "region",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    parent_region_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    extra = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_region", x => x.id);
                    table.ForeignKey(
                        name: "FK_region_region_parent_region_id",
                        column: x => x.parent_region_id,
                        principalTable: "region",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "role",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    domain_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    extra = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_role", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "service",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    type = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    extra = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "group",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    domain_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    extra = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_group", x => x.id);
                    table.ForeignKey(
                        name: "FK_group_domain_domain_id",
                        column: x => x.domain_id,
                        principalTable: "domain",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "project",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    domain_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    parent_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    is_domain = table.Column<bool>(type: "boolean", nullable: false),
                    extra = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project", x => x.id);
                    table.ForeignKey(
                        name: "FK_project_domain_domain_id",
                        column: x => x.domain_id,
                        principalTable: "domain",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_project_project_parent_id",
                        column: x => x.parent_id,
                        principalTable: "project",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "user",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    domain_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    default_project_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    password = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    password_created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    password_expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    options = table.Column<string>(type: "text", nullable: false),
                    extra = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_active_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user", x => x.id);
                    table.ForeignKey(
                        name: "FK_user_domain_domain_id",
                        column: x => x.domain_id,
                        principalTable: "domain",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assignment",
                columns: table => new
                {
                    type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    actor_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    target_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    role_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    inherited = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignment", x => new { x.type, x.actor_id, x.target_id, x.role_id, x.inherited });
                    table.ForeignKey(
                        name: "FK_assignment_role_role_id",
                        column: x => x.role_id,
                        principalTable: "role",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "implied_role",
                columns: table => new
                {
                    prior_role_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    implied_role_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_implied_role", x => new { x.prior_role_id, x.implied_role_id });
                    table.ForeignKey(
                        name: "FK_implied_role_role_implied_role_id",
                        column: x => x.implied_role_id,
                        principalTable: "role",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_implied_role_role_prior_role_id",
                        column: x => x.prior_role_id,
                        principalTable: "role",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "endpoint",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    service_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    region_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    @interface = table.Column<string>(name: "interface", type: "character varying(8)", maxLength: 8, nullable: false),
                    url = table.Column<string>(type: "text", nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    extra = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_endpoint", x => x.id);
                    table.ForeignKey(
                        name: "FK_endpoint_region_region_id",
                        column: x => x.region_id,
                        principalTable: "region",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_endpoint_service_service_id",
                        column: x => x.service_id,
                        principalTable: "service",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_tag",
                columns: table => new
                {
                    project_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_tag", x => new { x.project_id, x.name });
                    table.ForeignKey(
                        name: "FK_project_tag_project_project_id",
                        column: x => x.project_id,
                        principalTable: "project",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_group_membership",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    group_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_group_membership", x => new { x.user_id, x.group_id });
                    table.ForeignKey(
                        name: "FK_user_group_membership_group_group_id",
                        column: x => x.group_id,
                        principalTable: "group",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_user_group_membership_user_user_id",
                        column: x => x.user_id,
                        principalTable: "user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assignment_actor_id",
                table: "assignment",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "IX_assignment_role_id",
                table: "assignment",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "IX_assignment_target_id",
                table: "assignment",
                column: "target_id");

            migrationBuilder.CreateIndex(
                name: "IX_domain_name",
                table: "domain",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_endpoint_region_id",
                table: "endpoint",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_endpoint_service_id",
                table: "endpoint",
                column: "service_id");

            migrationBuilder.CreateIndex(
                name: "IX_group_domain_id_name",
                table: "group",
                columns: new[] { "domain_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_implied_role_implied_role_id",
                table: "implied_role",
                column: "implied_role_id");

            migrationBuilder.CreateIndex(
                name: "IX_project_domain_id_name",
                table: "project",
                columns: new[] { "domain_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_project_parent_id",
                table: "project",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "IX_region_parent_region_id",
                table: "region",
                column: "parent_region_id");

            migrationBuilder.CreateIndex(
                name: "IX_role_name_domain_id",
                table: "role",
                columns: new[] { "name", "domain_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_type",
                table: "service",
                column: "type");

            migrationBuilder.CreateIndex(
                name: "IX_user_domain_id_name",
                table: "user",
                columns: new[] { "domain_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_user_group_membership_group_id",
                table: "user_group_membership",
                column: "group_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assignment");

            migrationBuilder.DropTable(
                name: "endpoint");

            migrationBuilder.DropTable(
                name: "implied_role");

            migrationBuilder.DropTable(
                name: "project_tag");

            migrationBuilder.DropTable(
                name: "user_group_membership");

            migrationBuilder.DropTable(
                name: "region");

            migrationBuilder.DropTable(
                name: "service");

            migrationBuilder.DropTable(
                name: "role");

            migrationBuilder.DropTable(
                name: "project");

            migrationBuilder.DropTable(
                name: "group");

            migrationBuilder.DropTable(
                name: "user");

            migrationBuilder.DropTable(
                name: "domain");
        }
    }
}
