using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Svodka.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Stories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "clustered_at",
                table: "articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_reprint",
                table: "articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "story_id",
                table: "articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "story_relevance",
                table: "articles",
                type: "REAL",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "stories",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    lead = table.Column<string>(type: "TEXT", nullable: false),
                    rubric = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    first_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_at = table.Column<long>(type: "INTEGER", nullable: false),
                    article_count = table.Column<int>(type: "INTEGER", nullable: false),
                    source_count = table.Column<int>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    merged_into = table.Column<long>(type: "INTEGER", nullable: true),
                    pinned = table.Column<bool>(type: "INTEGER", nullable: false),
                    hidden = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stories", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "story_tags",
                columns: table => new
                {
                    story_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    share = table.Column<double>(type: "REAL", nullable: false)
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
