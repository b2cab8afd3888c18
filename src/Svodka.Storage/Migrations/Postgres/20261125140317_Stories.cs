using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Svodka.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Stories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "clustered_at",
                table: "articles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_reprint",
                table: "articles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "story_id",
                table: "articles",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "story_relevance",
                table: "articles",
                type: "double precision",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "stories",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    lead = table.Column<string>(type: "text", nullable: false),
                    rubric = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    first_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    article_count = table.Column<int>(type: "integer", nullable: false),
                    source_count = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    merged_into = table.Column<long>(type: "bigint", nullable: true),
                    pinned = table.Column<bool>(type: "boolean", nullable: false),
                    hidden = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stories", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "story_tags",
                columns: table => new
                {
                    story_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    slug = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    share = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_story_tags", x => new { x.story_id, x.kind, x.slug });
                    table.ForeignKey(
                        name: "fk_story_tags_stories_story_id",
                        column: x => x.story_id,
                        principalTable: "stories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_articles_story_id_listed_at",
                table: "articles",
                columns: new[] { "story_id", "listed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_story_queue",
                table: "articles",
                column: "id",
                filter: "clustered_at IS NULL AND analysed_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_stories_language_last_at",
                table: "stories",
                columns: new[] { "language", "last_at" });

            migrationBuilder.CreateIndex(
                name: "ix_stories_last_at",
                table: "stories",
                column: "last_at");

            migrationBuilder.CreateIndex(
                name: "ix_stories_rubric_last_at",
                table: "stories",
                columns: new[] { "rubric", "last_at" });

            migrationBuilder.CreateIndex(
                name: "ix_story_tags_kind_slug_story_id",
                table: "story_tags",
                columns: new[] { "kind", "slug", "story_id" });

            migrationBuilder.AddForeignKey(
                name: "fk_articles_stories_story_id",
                table: "articles",
                column: "story_id",
                principalTable: "stories",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_articles_stories_story_id",
                table: "articles");

            migrationBuilder.DropTable(
                name: "story_tags");

            migrationBuilder.DropTable(
                name: "stories");

            migrationBuilder.DropIndex(
                name: "ix_articles_story_id_listed_at",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_story_queue",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "clustered_at",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "is_reprint",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "story_id",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "story_relevance",
                table: "articles");
        }
    }
}
